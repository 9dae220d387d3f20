import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { OwnEntityInput } from '@/lib/messaging/page-requests';
import type { EntityRecord } from '@/lib/schema/records';
import { pickLocalized } from '@/lib/view/localized';
import { askBackground, errorText } from '../shared/ask-background';

type Draft = {
  id?: string;
  type: OwnEntityInput['type'];
  name: string;
  aliases: string;
  description: string;
};
const EMPTY: Draft = { type: 'person', name: '', aliases: '', description: '' };
const TYPE_LABEL = {
  person: 'entityTypePerson',
  organization: 'entityTypeOrganization',
  other: 'entityTypeOther',
} as const;

/** The reader's own people and organisations: matched in articles as soon as they are saved. */
export function OwnEntitiesSection({ language, revision }: { language: string; revision: number }) {
  const [entities, setEntities] = useState<EntityRecord[]>([]);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const reload = () =>
    askBackground({ type: 'list-own-entities' })
      .then(setEntities)
      .catch((error: unknown) => setMessage({ error: true, text: t('loadFailed', errorText(error)) }));
  useEffect(() => void reload(), [revision]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const entity: OwnEntityInput = {
      ...(draft.id === undefined ? {} : { id: draft.id }),
      type: draft.type,
      name: draft.name.trim(),
      aliases: draft.aliases
        .split('\n')
        .map((alias) => alias.trim())
        .filter((alias) => alias !== ''),
      description: draft.description.trim(),
      lang: language,
    };
    try {
      await askBackground({ type: 'save-own-entity', entity });
      setDraft(EMPTY);
      setMessage({ error: false, text: t('saved') });
      await reload();
    } catch (error) {
      setMessage({ error: true, text: t('saveFailed', errorText(error)) });
    }
  };
  const remove = async (entity: EntityRecord) => {
    try {
      await askBackground({ type: 'delete-own-entity', id: entity.id });
      await reload();
    } catch (error) {
      setMessage({ error: true, text: t('saveFailed', errorText(error)) });
    }
  };
  const edit = (entity: EntityRecord) =>
    setDraft({
      id: entity.id,
      type: entity.type === 'person' || entity.type === 'organization' ? entity.type : 'other',
      name: entity.name,
      aliases: Object.values(entity.aliases).flat().join('\n'),
      description: pickLocalized(entity.description, language)?.text ?? '',
    });

  return (
    <section aria-labelledby="sc-own-heading">
      <h2 id="sc-own-heading">{t('optionsOwnEntities')}</h2>
      <p class="sc-muted">{t('optionsOwnEntitiesHint')}</p>
      {entities.length === 0 ? (
        <p class="sc-muted">{t('ownEntitiesEmpty')}</p>
      ) : (
        <ul class="sc-list">
          {entities.map((entity) => (
            <li key={entity.id} data-own-entity={entity.id}>
              <span>
                <strong>{entity.name}</strong>{' '}
                <span class="sc-muted">{Object.values(entity.aliases).flat().join(', ')}</span>
              </span>
              <span class="sc-actions">
                <button type="button" onClick={() => edit(entity)}>
                  {t('ownEntityEdit', entity.name)}
                </button>
                <button type="button" onClick={() => remove(entity)}>
                  {t('ownEntityDelete', entity.name)}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form class="sc-form" onSubmit={submit}>
        <p class="sc-field">
          <label for="sc-own-name">{t('ownEntityName')}</label>
          <input
            id="sc-own-name"
            required
            maxLength={200}
            value={draft.name}
            onInput={(event) => setDraft({ ...draft, name: event.currentTarget.value })}
          />
        </p>
        <p class="sc-field">
          <label for="sc-own-type">{t('ownEntityType')}</label>
          <select
            id="sc-own-type"
            value={draft.type}
            onChange={(event) => setDraft({ ...draft, type: event.currentTarget.value as Draft['type'] })}
          >
            {(['person', 'organization', 'other'] as const).map((type) => (
              <option key={type} value={type}>
                {t(TYPE_LABEL[type])}
              </option>
            ))}
          </select>
        </p>
        <p class="sc-field">
          <label for="sc-own-aliases">{t('ownEntityAliases')}</label>
          <textarea
            id="sc-own-aliases"
            rows={3}
            value={draft.aliases}
            onInput={(event) => setDraft({ ...draft, aliases: event.currentTarget.value })}
          />
        </p>
        <p class="sc-field">
          <label for="sc-own-description">{t('ownEntityDescription')}</label>
          <input
            id="sc-own-description"
            maxLength={300}
            value={draft.description}
            onInput={(event) => setDraft({ ...draft, description: event.currentTarget.value })}
          />
        </p>
        <p class="sc-actions">
          <button type="submit" class="sc-primary">
            {draft.id === undefined ? t('ownEntityAdd') : t('ownEntitySave')}
          </button>
          {draft.id !== undefined && (
            <button type="button" onClick={() => setDraft(EMPTY)}>
              {t('ownEntityCancel')}
            </button>
          )}
        </p>
        {message && (
          <p role={message.error ? 'alert' : 'status'} class={message.error ? 'sc-error' : 'sc-muted'}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
