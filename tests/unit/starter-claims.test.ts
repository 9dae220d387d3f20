import { beforeAll, describe, expect, it } from 'vitest';
import { type CompiledIndex, compileIndex, matchArticle } from '../../lib/match';
import { foldText } from '../../lib/match/char-fold';
import type { ClaimRecord } from '../../lib/schema/records';
import { firstArticleParagraphs } from '../fixtures/corpus/paragraphs';
import { loadStarterPack } from '../fixtures/starter-pack';

// The real starter pack, read the way the pack tool reads it (YAML failsafe schema, PackRecord).
type Lang = 'de' | 'en' | 'fr' | 'uk' | 'ru';

interface ClaimCases {
  /** Paraphrases a reporter might write: each, as one paragraph, must mark the claim. */
  states: Partial<Record<Lang, string[]>>;
  /** The same people, places or words in another context: must mark no claim at all. */
  nearMisses: Partial<Record<Lang, string[]>>;
}

const CASES: Record<string, ClaimCases> = {
  'blinken-overruled-milley-2022': {
    states: {
      de: [
        'Laut New York Times setzte sich Antony Blinken Ende 2022 über den Rat von Generalstabschef Mark Milley hinweg, der Kiew zu Verhandlungen mit Moskau drängte.',
        'Außenminister Blinken habe den Militär überstimmt und auf eine Fortsetzung der Militärkampagne gepocht, berichtet die Zeitung.',
        'Der oberste General der USA, Mark Milley, warb für Friedensgespräche – doch Antony Blinken wollte die Ukraine weiterkämpfen lassen.',
      ],
      en: [
        "Secretary of State Antony Blinken overruled the Pentagon's top general, who wanted Kyiv to negotiate after its battlefield gains, the New York Times reported.",
        'Gen. Mark Milley urged Ukraine to seize the moment and negotiate in late 2022, but Blinken rebuffed his advice and prevailed.',
        'According to the Times, Antony Blinken argued that Kyiv should keep fighting rather than negotiate, overriding the Joint Chiefs chairman.',
      ],
      fr: [
        "Selon le New York Times, Antony Blinken a passé outre l'avis du général Mark Milley, qui voulait pousser Kiev à négocier fin 2022.",
        "Le secrétaire d'État Blinken l'a emporté sur le plus haut gradé américain, partisan d'une négociation après les succès ukrainiens.",
        "Antony Blinken a désavoué le chef d'état-major, estimant que l'Ukraine devait continuer le combat.",
      ],
      uk: [
        'Держсекретар Блінкен переважив позицію генерала Марка Міллі, який радив Києву сісти за переговори.',
      ],
      ru: [
        'Госсекретарь Блинкен взял верх над генералом Марком Милли, предлагавшим Киеву начать переговоры.',
      ],
    },
    nearMisses: {
      de: [
        'Außenminister Antony Blinken traf beim Nato-Treffen in Brüssel seine europäischen Kollegen.',
        'Mark Milley ging 2023 in den Ruhestand; sein Nachfolger wurde General Charles Q. Brown.',
      ],
      en: [
        'Antony Blinken met NATO foreign ministers in Brussels to discuss defence spending.',
        'Gen. Mark Milley testified before Congress about the withdrawal from Afghanistan.',
        'Antony Blinken said negotiators in Doha had made progress toward a ceasefire in Gaza.',
        'Antony Blinken said Israel had pushed back on the latest ceasefire negotiations.',
      ],
      fr: [
        "Antony Blinken s'est rendu à Pékin pour parler de commerce et de fentanyl.",
        'Le général Mark Milley a pris sa retraite en septembre 2023.',
      ],
      ru: ['Госсекретарь Блинкен провел встречу с министрами иностранных дел НАТО в Брюсселе.'],
    },
  },
  'us-ukraine-aid-100-billion': {
    states: {
      de: [
        'Die USA hätten seit 2022 rund 100 Milliarden Dollar für Kiew ausgegeben, die Verbündeten und Partner weitere 150 Milliarden, sagte Blinken im Council on Foreign Relations.',
        'Antony Blinken bezifferte die amerikanische Ukraine-Hilfe auf etwa 100 Milliarden Dollar.',
        'Washington habe knapp 100 Mrd. Dollar aufgewendet, Europa und andere Partner zusammen 150 Mrd., so der scheidende Außenminister.',
      ],
      en: [
        'Blinken told the Council on Foreign Relations that Washington had spent roughly $100 billion on Ukraine, while allies and partners added $150 billion.',
        'The US has provided about $100bn in aid to Ukraine since 2022, Antony Blinken said.',
        'Allies and partners have contributed some 150 billion dollars, the outgoing secretary of state said, stressing burden-sharing.',
      ],
      fr: [
        'Antony Blinken affirme que les États-Unis ont dépensé environ 100 milliards de dollars pour Kiev.',
        "Les alliés et partenaires de Washington ont contribué à hauteur de 150 milliards de dollars, selon le secrétaire d'État Blinken.",
        "Environ 100 milliards de dollars d'aide à l'Ukraine côté américain, 150 milliards côté européen : c'est le bilan dressé au Council on Foreign Relations.",
      ],
      uk: ['Блінкен заявив, що США витратили близько 100 мільярдів доларів на допомогу Україні.'],
      ru: [
        'По словам Энтони Блинкена, США потратили около 100 миллиардов долларов, а союзники и партнеры — еще 150 миллиардов.',
      ],
    },
    nearMisses: {
      de: [
        'Antony Blinken sprach in Brüssel über die Lage im Nahen Osten.',
        'Die Bundesregierung hat für 2025 rund 7 Milliarden Euro für die Ukraine-Hilfe eingeplant.',
      ],
      en: [
        'Antony Blinken announced a new 2 billion dollar package of aid to Ukraine during a visit to Kyiv.',
        'Antony Blinken urged allies and partners to step up their aid to Ukraine.',
        'The Kiel Institute published its latest figures on European defence spending.',
        'The United States has given Ukraine more than 60 billion dollars in military aid since 2022.',
      ],
      fr: [
        'Antony Blinken a rencontré son homologue chinois à Pékin.',
        "L'Union européenne a promis 50 milliards d'euros de soutien à l'Ukraine jusqu'en 2027.",
      ],
      uk: ['Держсекретар Блінкен провів зустріч з міністрами НАТО у Брюсселі.'],
      ru: ['США выделили Украине более 60 миллиардов долларов военной помощи.'],
    },
  },
  'biden-accelerated-arms-before-trump': {
    states: {
      de: [
        'Die scheidende Regierung von Joe Biden beschleunigte die Waffenlieferungen an Kiew vor Trumps Amtseinführung.',
        'Noch vor dem Amtsantritt von Donald Trump wollte das Pentagon jeden Cent der bewilligten Mittel für Kiew verplanen.',
        'Washington drückt bei den Waffenlieferungen an die Ukraine aufs Tempo, solange Joe Biden noch im Amt ist.',
      ],
      en: [
        "The outgoing Biden administration rushed weapons deliveries to Kyiv before Trump's inauguration.",
        'Lloyd Austin said the Pentagon would speed up weapons deliveries to Ukraine before Trump takes office.',
        'Blinken vowed to spend every cent Congress had approved, accelerating aid to Kyiv before the inauguration.',
      ],
      fr: [
        "L'administration Biden a accéléré les livraisons d'armes à Kiev avant l'investiture de Donald Trump.",
        "Avant le 20 janvier, Washington veut dépenser chaque dollar promis à Kiev et accélère ses envois d'armes.",
        "Joe Biden envoie à toute vitesse des armes à Kiev avant l'arrivée de Trump à la Maison-Blanche.",
      ],
      uk: ['Адміністрація Байдена прискорила постачання зброї Україні до інавгурації Трампа.'],
      ru: ['Администрация Байдена ускорила поставки оружия Киеву перед инаугурацией Трампа.'],
    },
    nearMisses: {
      de: [
        'Donald Trump spielte am Wochenende Golf in Florida.',
        'Zur Amtseinführung von Donald Trump kamen Tausende nach Washington.',
        'Die Biden-Regierung beschleunigte nach dem 7. Oktober die Waffenlieferungen an Israel.',
        'Joe Biden begnadigte vor dem Ende seiner Amtszeit seinen Sohn Hunter.',
      ],
      en: [
        "Donald Trump's inauguration drew crowds to the Capitol Rotunda.",
        'Joe Biden pardoned his son Hunter before leaving office.',
        'Joe Biden rushed weapons deliveries to Israel after the October 7 attack.',
        'Lloyd Austin was taken to hospital in January 2024 after complications from surgery.',
      ],
      fr: [
        'Donald Trump a prêté serment lors de son investiture le 20 janvier.',
        'Joe Biden a gracié son fils Hunter avant de quitter la Maison-Blanche.',
      ],
    },
  },
  'us-secretly-armed-ukraine-2021': {
    states: {
      de: [
        'Blinken räumte gegenüber der New York Times ein, die USA hätten die Ukraine schon Monate vor der Invasion heimlich mit Waffen versorgt.',
        'Bereits im September und Dezember 2021 habe Washington in aller Stille Stinger- und Javelin-Raketen geliefert, sagte Antony Blinken.',
        'Die Biden-Regierung hat Kiew insgeheim aufgerüstet, noch bevor der Krieg eskalierte.',
      ],
      en: [
        'Blinken admitted the US had quietly armed Ukraine months before the full-scale invasion.',
        'Washington secretly sent Stinger and Javelin missiles to Kyiv in 2021, Antony Blinken told the New York Times.',
        'The Biden administration covertly funnelled weapons into Ukraine in September and December 2021.',
      ],
      fr: [
        "Antony Blinken reconnaît que Washington a discrètement armé l'Ukraine dès 2021.",
        'Des missiles Stinger et Javelin ont été livrés en secret à Kiev en septembre et décembre 2021.',
        "Les États-Unis ont secrètement envoyé des armes à l'Ukraine avant l'invasion, a confié Blinken au New York Times.",
      ],
      uk: ['Блінкен визнав, що США таємно передавали Стінгери та Джавеліни ще до вторгнення.'],
      ru: ['Блинкен признал, что США тайно поставляли оружие на Украину еще до вторжения.'],
    },
    nearMisses: {
      de: [
        'Antony Blinken reiste zu Gesprächen über den Gaza-Krieg nach Kairo.',
        'Die New York Times gewann in diesem Jahr drei Pulitzer-Preise.',
      ],
      en: [
        'Joe Biden quietly celebrated his birthday at home with his family.',
        'Raytheon is expanding Stinger production at its plant in Arizona.',
        'In March 2022 Joe Biden approved another package with Stinger and Javelin missiles for Ukraine.',
      ],
      fr: [
        'Joe Biden a célébré discrètement son anniversaire en famille.',
        'Le New York Times a révélé un scandale financier à Wall Street.',
      ],
    },
  },
  'istanbul-draft-neutrality': {
    states: {
      de: [
        'In Istanbul war Kiew im März 2022 bereit, einen neutralen Status anzunehmen, wenn westliche Staaten Sicherheitsgarantien gäben.',
        'Der Vertragsentwurf vom April 2022 sah eine bündnisfreie Ukraine und eine Obergrenze für die Truppenstärke vor.',
        'David Arakhamia bestätigte, Moskau habe in Istanbul vor allem die Neutralität der Ukraine verlangt.',
      ],
      en: [
        'In the Istanbul communiqué, Ukraine offered permanent neutrality in exchange for security guarantees from several states.',
        'The draft treaty the delegations had tentatively agreed would have capped the army, Vladimir Medinsky said.',
        'Kyiv was ready to become non-aligned in return for security guarantees, David Arakhamia recalled of the spring 2022 talks.',
      ],
      fr: [
        "À Istanbul, en mars 2022, Kiev s'était dit prêt à la neutralité en échange de garanties de sécurité.",
        "Le projet de traité prévoyait une Ukraine non alignée et un plafond pour les effectifs de l'armée, selon Vladimir Medinski.",
        "Réunies à Istanbul, les deux délégations s'étaient provisoirement entendues sur un statut neutre de l'Ukraine.",
      ],
      uk: ['У Стамбулі Україна погоджувалася на нейтральний статус в обмін на гарантії безпеки.'],
      ru: ['В Стамбуле стороны предварительно договорились о нейтралитете Украины и гарантиях безопасности.'],
    },
    nearMisses: {
      de: [
        'In Istanbul tauschten Russland und die Ukraine im Juni 2025 erneut Hunderte Gefangene aus, vereinbart von Wladimir Medinski und Rustem Umerov.',
        'Wolodymyr Selenskyj forderte in Washington verlässliche Sicherheitsgarantien für die Zeit nach einem Waffenstillstand.',
        'Kiew fordert Sicherheitsgarantien und eine starke Armee.',
      ],
      en: [
        'At the 2025 Istanbul talks, Vladimir Medinsky and Rustem Umerov agreed on a prisoner exchange of 1,000 for 1,000.',
        "Switzerland's neutrality is older than the Swiss federal state.",
        'Turkey offered Istanbul as neutral ground for the next round, Vladimir Medinsky said.',
        'Volodymyr Zelensky said Ukraine needs security guarantees before any ceasefire.',
        'Roman Abramovich sold Chelsea FC in 2022.',
      ],
      fr: [
        "À Istanbul, les délégations russe et ukrainienne ont convenu en 2025 d'un échange de prisonniers.",
        'Vladimir Poutine a reçu Recep Tayyip Erdoğan au Kremlin pour parler de gaz.',
      ],
      uk: [
        'У Стамбулі делегації домовилися про обмін полоненими у 2025 році.',
        'Україна потребує гарантій безпеки та сильної армії.',
      ],
      ru: ['Киев требует гарантий безопасности и вступления в НАТО.'],
    },
  },
  'johnson-ended-istanbul-talks': {
    states: {
      de: [
        'Auf Drängen von Boris Johnson habe Kiew die Verhandlungen in Istanbul abgebrochen, sagte David Arakhamia.',
        'Der frühere Premierminister Johnson sei nach Kiew gereist und habe geraten, nichts zu unterschreiben.',
        'Boris Johnson habe die Friedensgespräche in Istanbul sabotiert, behauptet Arakhamia.',
      ],
      en: [
        'David Arakhamia said Boris Johnson came to Kyiv and told the Ukrainians not to sign anything and just fight.',
        'Boris Johnson scuttled a peace deal that was within reach in Istanbul, Russian officials claim.',
        'Ukraine walked away from the Istanbul talks at the urging of the former British prime minister.',
      ],
      fr: [
        "Selon David Arakhamia, Kiev s'est retirée des pourparlers d'Istanbul à la demande de Boris Johnson.",
        "Boris Johnson aurait torpillé l'accord en exhortant Kiev à continuer à se battre.",
        "L'ancien Premier ministre britannique a fait capoter les négociations d'Istanbul, affirme David Arakhamia.",
      ],
      uk: [
        'Арахамія заявив, що Борис Джонсон приїхав до Києва і сказав нічого не підписувати, а просто воювати.',
      ],
      ru: ['По словам Арахамии, Борис Джонсон сорвал стамбульские договоренности.'],
    },
    nearMisses: {
      de: [
        'Boris Johnson verteidigte im Parlament seinen Brexit-Deal mit der EU.',
        'Im Mai 2025 trafen sich Unterhändler in Istanbul zu direkten Gesprächen über einen Gefangenenaustausch.',
      ],
      en: [
        'Boris Johnson resigned in 2022 after the partygate scandal.',
        'Delegations met in Istanbul in 2025 for talks on prisoner exchanges.',
        'Volodymyr Zelensky accused Moscow of sabotaging the Istanbul talks in 2025.',
        'Boris Johnson visited Kyiv in April 2022 and met Zelensky.',
      ],
      fr: [
        'Boris Johnson a défendu le Brexit devant la Chambre des communes.',
        "À Istanbul, les négociateurs ont convenu d'un échange de prisonniers en 2025.",
      ],
      uk: ['Борис Джонсон написав книжку про Вінстона Черчилля.'],
      ru: ['Борис Джонсон приехал в Киев в апреле 2022 года.'],
    },
  },
  'ruch-johnson-acted-for-us': {
    states: {
      de: [
        'Der Schweizer Diplomat Jean-Daniel Ruch behauptet, Johnson habe im Auftrag der Amerikaner gehandelt.',
        'Johnson sei auf Geheiß Washingtons nach Kiew gereist, sagte der frühere Schweizer Botschafter im Gespräch mit Anti-Thèse.',
        'Im Gespräch mit dem Kanal Antithèse warf Jean-Daniel Ruch den Angelsachsen vor, die Gespräche hintertrieben zu haben.',
      ],
      en: [
        'Swiss diplomat Jean-Daniel Ruch claimed Boris Johnson had acted on behalf of the Americans.',
        "Speaking to the French-language outlet Antithèse, the former Swiss ambassador said Johnson went to Kyiv at Washington's behest.",
        'Jean-Daniel Ruch blamed the Anglo-Saxons, saying London had acted on behalf of the US.',
      ],
      fr: [
        'Le diplomate suisse Jean-Daniel Ruch affirme que Boris Johnson agissait pour le compte des Américains.',
        "Sur Antithèse, l'ancien ambassadeur suisse en Turquie accuse les Anglo-Saxons d'avoir fait échouer les pourparlers.",
        'Jean-Daniel Ruch, diplomate suisse, estime que Londres a agi sur ordre de Washington.',
      ],
      uk: ['Швейцарський дипломат Жан-Даніель Рух заявив, що Джонсон діяв від імені американців.'],
      ru: [
        'Швейцарский дипломат Жан-Даниэль Рух утверждает, что Джонсон действовал по поручению американцев.',
      ],
    },
    nearMisses: {
      de: [
        'Jean-Daniel Ruch war Schweizer Botschafter in Israel und in der Türkei.',
        'Boris Johnson schrieb eine Biografie über Winston Churchill.',
      ],
      en: [
        'Jean-Daniel Ruch served as Swiss ambassador to Serbia.',
        'Boris Johnson negotiated the Brexit withdrawal agreement on behalf of the UK.',
      ],
      fr: [
        'Jean-Daniel Ruch a été ambassadeur suisse en Israël.',
        'Boris Johnson a quitté Downing Street en 2022.',
      ],
    },
  },
  'russia-retook-kursk': {
    states: {
      de: [
        'Russland hat nach eigenen Angaben den Großteil der von der Ukraine besetzten Gebiete in der Region Kursk zurückerobert.',
        'Das Moskauer Verteidigungsministerium meldet, die Kleinstadt Sudscha im Gebiet Kursk sei befreit worden.',
        'Die ukrainischen Truppen seien aus rund 800 Quadratkilometern im Kursker Gebiet vertrieben worden, erklärte Waleri Gerassimow.',
      ],
      en: [
        "Russia's Defence Ministry said its troops had recaptured most of the territory Ukraine seized in the Kursk region.",
        "Russia's Defence Ministry claims it has retaken Sudzha, the largest town Ukrainian forces held in Kursk.",
        'Valery Gerasimov said Ukrainian units had been driven out of 800 square kilometres of Russian soil.',
      ],
      fr: [
        "Le ministère russe de la Défense affirme avoir repris la majeure partie du territoire occupé par l'Ukraine dans la région de Koursk.",
        'Moscou dit avoir libéré Soudja et chassé les troupes ukrainiennes de la région de Koursk.',
        "Selon l'armée russe, 800 kilomètres carrés ont été reconquis à Koursk.",
      ],
      uk: ['Росія заявила, що відвоювала більшу частину Курщини, зокрема Суджу.'],
      ru: ['Минобороны России сообщило об освобождении Суджи и большей части Курской области.'],
    },
    nearMisses: {
      de: [
        'Für Kursk und Belgorod sagt der Wetterdienst am Wochenende Schneefall und minus zehn Grad voraus.',
        'Wladimir Putin gedachte in Kursk der Panzerschlacht von 1943.',
        'Oleksandr Syrskyj wurde im Februar 2024 Oberbefehlshaber der ukrainischen Armee.',
        'Russland meldet die Rückeroberung zweier Dörfer im Gebiet Kursk.',
      ],
      en: [
        'Forecasters expect heavy snow in Kursk and Oryol on Saturday.',
        'Vladimir Putin marked the anniversary of the 1943 Battle of Kursk with a wreath-laying ceremony.',
        'The Kursk submarine sank in the Barents Sea in 2000.',
        'Oleksandr Syrskyi said Ukrainian troops had advanced into the Kursk region and captured Sudzha in August 2024.',
        'Russian forces retook two villages in the Kursk region, the Defence Ministry said.',
      ],
      fr: [
        'Il neigera samedi à Koursk et à Orel, selon les prévisions météo.',
        'Vladimir Poutine a commémoré la bataille de Koursk de 1943.',
      ],
      ru: ['В Курске в выходные ожидается снег и мороз до минус десяти градусов.'],
      uk: ['Росія заявила про звільнення двох сіл у Курській області.'],
    },
  },
  'annexed-regions-joined-russia': {
    states: {
      de: [
        'Nach den Scheinreferenden unterzeichnete Wladimir Putin die Verträge über den Beitritt der Gebiete Donezk, Luhansk, Saporischschja und Cherson.',
        'Kremlsprecher Dmitri Peskow spricht von den neuen Regionen, die Russland 2022 annektiert hat.',
        'Moskau verlangt die Anerkennung der Eingliederung von vier Regionen nach den Referenden von 2022.',
      ],
      en: [
        'After sham referendums, Vladimir Putin proclaimed the annexation of four Ukrainian regions.',
        'Maria Zakharova insisted the new regions had joined Russia of their own free will.',
        "The Kremlin calls the incorporation of Donetsk, Luhansk, Zaporizhzhia and Kherson a 'reunification' backed by referendums.",
      ],
      fr: [
        'Après des référendums organisés sous occupation, Vladimir Poutine a proclamé l’annexion de quatre régions ukrainiennes.',
        'Pour Sergueï Lavrov, les « nouvelles régions » font désormais partie de la Russie après leur rattachement.',
        'Moscou exige la reconnaissance des nouveaux territoires issus de simulacres de référendums.',
      ],
      uk: ['Путін оголосив про анексію чотирьох областей після псевдореферендумів.'],
      ru: ['Песков назвал присоединение новых регионов к России по итогам референдумов окончательным.'],
    },
    nearMisses: {
      de: [
        'Wladimir Putin eröffnete in Moskau ein neues Eishockeystadion.',
        'Finnlands Nato-Beitritt verärgerte Wladimir Putin.',
        'Russland hält Teile der Gebiete Donezk, Luhansk, Saporischschja und Cherson besetzt.',
        'Russland annektierte 2014 die Krim.',
      ],
      en: [
        'Sergey Lavrov met Wang Yi in Beijing to discuss trade.',
        "Finland's NATO accession angered Vladimir Putin.",
        // The four regions' names are the topic: reports list them as occupied, which is no claim
        // that they joined Russia (a statement naming them must hold more than the list).
        'Russia occupies parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions.',
        'Russia annexed Crimea in 2014 after a referendum that Ukraine and the West call illegal.',
      ],
      fr: [
        "L'adhésion de la Finlande à l'Otan a irrité Vladimir Poutine.",
        'Maria Zakharova a critiqué la politique migratoire européenne.',
        'La Russie occupe une partie des régions de Donetsk, Louhansk, Zaporijjia et Kherson.',
      ],
      uk: ['Росія окупувала частину Донецької, Луганської, Запорізької та Херсонської областей.'],
      ru: [
        'Россия контролирует часть Донецкой, Луганской, Запорожской и Херсонской областей.',
        'Россия присоединила Крым в 2014 году.',
      ],
    },
  },
};

/**
 * One sentence per claim and pack language, in other words than the claim's title: each must be
 * marked from the claim's statements alone, with its trigger terms removed (as an imported claim
 * has none). Motivated by issue 12: on unseen pages the trigger lists, written against known
 * pages, found about half of the claims, and French, Ukrainian and Russian pages had no statement
 * to match at all.
 */
const REWORDED: Record<string, Record<Lang, string>> = {
  'annexed-regions-joined-russia': {
    de: 'Laut Kreml gehören die Regionen Donezk, Luhansk, Saporischschja und Cherson nach dem Beitritt nun zu Russland.',
    en: 'Putin said the people of the four regions had chosen to join Russia, signing the accession treaties in the Kremlin.',
    fr: 'Vladimir Poutine a célébré au Kremlin le rattachement de quatre régions ukrainiennes à la Russie.',
    uk: 'Путін підписав у Кремлі договори про «приєднання» чотирьох українських областей до Росії.',
    ru: 'Захарова заявила, что присоединение новых регионов к России не подлежит пересмотру.',
  },
  'biden-accelerated-arms-before-trump': {
    de: 'Die scheidende US-Regierung will die Waffenlieferungen an die Ukraine vor Trumps Amtseinführung beschleunigen.',
    en: "With weeks left in office, the Biden administration is speeding up arms deliveries to Ukraine before Donald Trump's inauguration.",
    fr: "Avant l'investiture de Donald Trump, l'administration Biden accélère ses livraisons d'armes à l'Ukraine.",
    uk: 'Перед інавгурацією Трампа адміністрація Байдена прискорює постачання зброї Україні.',
    ru: 'Перед инаугурацией Трампа администрация Байдена ускоряет поставки оружия Украине.',
  },
  'blinken-overruled-milley-2022': {
    de: 'Blinken überstimmte demnach den ranghöchsten US-General Mark Milley, der Ende 2022 für Verhandlungen eintrat.',
    en: 'The New York Times reported that Blinken overruled Gen. Mark Milley, who had pushed for negotiations in late 2022.',
    fr: "Fin 2022, Antony Blinken a rejeté l'avis du général Mark Milley, favorable à des négociations.",
    uk: 'Блінкен відкинув пораду генерала Міллі, який наприкінці 2022 року радив Києву вести переговори.',
    ru: 'Блинкен отверг совет генерала Милли, который в конце 2022 года предлагал Киеву переговоры.',
  },
  'istanbul-draft-neutrality': {
    de: 'Der Entwurf sah vor, dass die Ukraine neutral bleibt und dafür Sicherheitsgarantien erhält.',
    en: 'Under the Istanbul draft, Ukraine would have stayed neutral and capped its army, backed by guarantees from other states.',
    fr: "En mars 2022, à Istanbul, l'Ukraine se disait prête à la neutralité en échange de garanties de sécurité.",
    uk: 'Проєкт Стамбульського договору передбачав нейтралітет України в обмін на гарантії безпеки.',
    ru: 'В Стамбуле стороны обсуждали нейтралитет Украины в обмен на гарантии безопасности.',
  },
  'johnson-ended-istanbul-talks': {
    de: 'Boris Johnson habe Kiew gedrängt, die Gespräche in Istanbul abzubrechen, so Arachamija.',
    en: 'According to Arakhamia, Boris Johnson told Kyiv not to sign anything with the Russians and to keep fighting.',
    fr: "Boris Johnson aurait poussé Kiev à quitter la table des négociations d'Istanbul.",
    uk: 'Джонсон приїхав до Києва і сказав, що не треба нічого підписувати, а треба воювати.',
    ru: 'Джонсон, по словам Арахамии, посоветовал Киеву ничего не подписывать и просто воевать.',
  },
  'ruch-johnson-acted-for-us': {
    de: 'Johnson sei im Auftrag der Amerikaner nach Kiew geflogen, behauptet der Schweizer Ex-Diplomat Ruch.',
    en: 'Ruch claims Boris Johnson acted on behalf of the Americans when he went to Kyiv in April 2022.',
    fr: 'Pour Jean-Daniel Ruch, Boris Johnson a agi pour le compte des Américains.',
    uk: 'Рух вважає, що Джонсон діяв від імені американців, коли їздив до Києва.',
    ru: 'По словам Руха, Джонсон действовал по поручению американцев.',
  },
  'russia-retook-kursk': {
    de: 'Russland hat nach eigenen Angaben den Großteil der von ukrainischen Truppen eroberten Gebiete in Kursk zurückerobert.',
    en: "Russia's Defence Ministry said it had retaken most of the Kursk territory that Ukrainian forces captured in August.",
    fr: "La Russie affirme avoir repris la majeure partie des territoires conquis par l'Ukraine dans la région de Koursk.",
    uk: 'Росія стверджує, що повернула собі більшу частину Курської області.',
    ru: 'Российские войска освободили большую часть Курской области, заявили в Минобороны.',
  },
  'us-secretly-armed-ukraine-2021': {
    de: 'Die USA hätten die Ukraine schon 2021 heimlich bewaffnet, räumte Blinken ein.',
    en: 'The US quietly armed Ukraine in the months before the invasion, Blinken told the Times.',
    fr: "Blinken affirme que Washington a discrètement armé l'Ukraine dès septembre 2021.",
    uk: 'Блінкен визнав, що США таємно озброювали Україну ще до вторгнення.',
    ru: 'Блинкен признал, что США тайно вооружали Украину еще в 2021 году.',
  },
  'us-ukraine-aid-100-billion': {
    de: 'Die USA haben laut Blinken rund 100 Milliarden Dollar für die Ukraine ausgegeben.',
    en: 'The United States has spent around $100 billion supporting Ukraine, Blinken said.',
    fr: "Les États-Unis ont dépensé quelque 100 milliards de dollars pour soutenir l'Ukraine, selon Blinken.",
    uk: 'США витратили на підтримку України близько 100 мільярдів доларів, заявив Блінкен.',
    ru: 'США потратили на поддержку Украины около 100 миллиардов долларов, заявил Блинкен.',
  },
};

let index: CompiledIndex;
let statementsOnly: CompiledIndex;
let claims: ClaimRecord[];

beforeAll(async () => {
  const pack = await loadStarterPack();
  claims = pack.claims;
  index = compileIndex(pack.entities, pack.claims);
  statementsOnly = compileIndex(
    pack.entities,
    pack.claims.map((claim) => ({ ...claim, triggers: {} })),
  );
});

function claimsMarked(blocks: string[], lang: string, by = index): string[] {
  const ids = matchArticle(blocks, by, { lang })
    .filter((match) => match.kind === 'claim')
    .map((match) => match.id);
  return [...new Set(ids)].sort();
}

const LANGS: Lang[] = ['de', 'en', 'fr', 'uk', 'ru'];

describe('starter claims', () => {
  it('has a case list for every claim of the pack', () => {
    expect(claims.map((claim) => claim.id).sort()).toEqual(Object.keys(CASES).sort());
  });

  it('states every claim in all five pack languages: a title and at least four other wordings', () => {
    for (const claim of claims) {
      for (const lang of LANGS) {
        expect(claim.title[lang], `${claim.id} title ${lang}`).toBeTruthy();
        expect(
          claim.statements?.[lang]?.length ?? 0,
          `${claim.id} statements ${lang}`,
        ).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('gives every claim 6–15 triggers in every language, none covered by another', () => {
    for (const claim of claims) {
      for (const lang of LANGS) {
        const terms = claim.triggers[lang] ?? [];
        expect(terms.length, `${claim.id} ${lang}`).toBeGreaterThanOrEqual(6);
        expect(terms.length, `${claim.id} ${lang}`).toBeLessThanOrEqual(15);
        // A term whose text another term matches would count twice for one word.
        const folded = terms.map((term) => ({
          term,
          tokens: foldText(term.replace(/\*$/, '')).split(' '),
          prefix: term.endsWith('*'),
        }));
        for (const a of folded) {
          for (const b of folded) {
            if (a === b) continue;
            const covers = b.tokens.some((_, at) =>
              a.tokens.every((token, part) => {
                const found = b.tokens[at + part];
                if (found === undefined) return false;
                return a.prefix && part === a.tokens.length - 1 ? found.startsWith(token) : found === token;
              }),
            );
            expect(covers, `${claim.id} ${lang}: "${a.term}" matches inside "${b.term}"`).toBe(false);
          }
        }
      }
    }
  });

  for (const [id, cases] of Object.entries(CASES)) {
    describe(id, () => {
      for (const [lang, sentences] of Object.entries(cases.states)) {
        it.each(sentences)(`marks the claim stated in ${lang}: %s`, (sentence) => {
          expect(claimsMarked([sentence], lang)).toContain(id);
        });
      }
      for (const lang of LANGS) {
        const sentence = REWORDED[id]![lang];
        it(`marks the claim reworded in ${lang} from its statements alone: ${sentence}`, () => {
          expect(claimsMarked([sentence], lang, statementsOnly)).toContain(id);
        });
      }
      for (const [lang, sentences] of Object.entries(cases.nearMisses)) {
        it.each(sentences)(`marks no claim in another context (${lang}): %s`, (sentence) => {
          expect(claimsMarked([sentence], lang)).toEqual([]);
        });
      }
    });
  }

  it('still marks all nine claims in the first article', () => {
    expect(claimsMarked(firstArticleParagraphs(), 'de')).toEqual(Object.keys(CASES).sort());
  });
});
