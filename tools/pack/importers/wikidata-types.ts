import type { EntityType } from '../../../lib/schema/records';

/**
 * Classes of `instance of` (P31) that decide an entity's type. Only direct P31 values count (the
 * importer sees one entity at a time and cannot walk `subclass of`), so the table lists the
 * classes news subjects are most often direct instances of. An entity matching none is `other`.
 */
const CLASSES: Record<Exclude<EntityType, 'other'>, Record<string, string>> = {
  person: {
    Q5: 'human',
  },
  outlet: {
    Q11032: 'newspaper',
    Q1110794: 'daily newspaper',
    Q1153191: 'online newspaper',
    Q41298: 'magazine',
    Q1002697: 'periodical',
    Q192283: 'news agency',
    Q15265344: 'broadcaster',
    Q1616075: 'television station',
    Q2001305: 'television channel',
    Q14350: 'radio station',
    Q1331793: 'media company',
    Q35127: 'website',
  },
  organization: {
    Q43229: 'organization',
    Q4830453: 'business',
    Q783794: 'company',
    Q891723: 'public company',
    Q6881511: 'enterprise',
    Q167037: 'corporation',
    Q161726: 'multinational corporation',
    Q7278: 'political party',
    Q327333: 'government agency',
    Q2659904: 'government organization',
    Q192350: 'ministry',
    Q484652: 'international organization',
    Q245065: 'intergovernmental organization',
    Q163740: 'nonprofit organization',
    Q48204: 'voluntary association',
    Q7210356: 'political organization',
    Q3918: 'university',
    Q31855: 'research institute',
    Q476028: 'association football club',
  },
  place: {
    Q6256: 'country',
    Q3624078: 'sovereign state',
    Q515: 'city',
    Q1549591: 'big city',
    Q1637706: 'city with millions of inhabitants',
    Q5119: 'capital',
    Q3957: 'town',
    Q532: 'village',
    Q486972: 'human settlement',
    Q15284: 'municipality',
    Q262166: 'municipality of Germany',
    Q42744322: 'urban municipality of Germany',
    Q1221156: 'state of Germany',
    Q35657: 'state of the United States',
    Q1093829: 'city of the United States',
    Q484170: 'commune of France',
    Q747074: 'comune of Italy',
    Q2074737: 'municipality of Spain',
    Q82794: 'geographic region',
    Q23442: 'island',
  },
};

/** When an entity is an instance of several listed classes, the first type here wins. */
const PRECEDENCE = ['person', 'outlet', 'organization', 'place'] as const;

/**
 * The classes `import-wikidata` keeps as entities unless `--types` names others: people and the
 * organisations and outlets a news article names (parties, ministries, agencies, companies, news
 * agencies, newspapers, broadcasters, international bodies). Places are left out: a country or a
 * city named in the news is not a subject a reader needs a card for, and their names ("Georgia",
 * "Jordan") are also people's names. Items of other classes only lend their labels (positions for
 * role titles).
 */
export const DEFAULT_KEPT_CLASSES: readonly string[] = Object.freeze([
  ...Object.keys(CLASSES.person),
  ...Object.keys(CLASSES.organization),
  ...Object.keys(CLASSES.outlet),
]);

/** The entity type for a list of P31 QIDs. */
export function entityTypeOf(classes: readonly string[]): EntityType {
  return PRECEDENCE.find((type) => classes.some((qid) => qid in CLASSES[type])) ?? 'other';
}
