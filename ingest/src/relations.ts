// placeholder
import type { ExtractedEntity, ExtractedRelation, Mention } from './model.ts';
export function extractRelations(_text: string, _mentions: Mention[], _entities: ExtractedEntity[], _options: { year?: number }): ExtractedRelation[] {
  return [];
}
