import type { EntityRecord } from '../schema/records';
import { EntityRecord as EntitySchema } from '../schema/records';

/** The skeleton's tiny in-memory list; the starter pack in the store replaces it. */
export const SKELETON_ENTITIES: EntityRecord[] = [
  {
    kind: 'entity',
    id: 'antony-blinken',
    type: 'person',
    name: 'Antony Blinken',
    names: { en: ['Antony Blinken', 'Tony Blinken'] },
    shortNames: { en: ['Blinken'] },
  },
  {
    kind: 'entity',
    id: 'mark-milley',
    type: 'person',
    name: 'Mark Milley',
    names: { en: ['Mark Milley', 'Mark A. Milley'] },
    shortNames: { en: ['Milley'] },
  },
].map((entity) => EntitySchema.parse(entity));
