/**
 * What a clinic's own page must keep of the guide it replaces (docs/content-standard.md): the
 * preparation's screening steps, the aftercare's safety rules and every level of care card. A
 * clinic may reword them and add its own; dropping one would silently remove a safety net.
 */
import type { Guide } from '../schemas/guide';

/** The safety items of `shared` that `clinic` lacks, as "step \"cold-sores\"". */
export function droppedSafetyItems(shared: Guide, clinic: Guide): string[] {
  if (shared.kind === 'preparation' && clinic.kind === 'preparation') {
    const kept = new Set((clinic.steps ?? []).map((step) => step.id));
    return (shared.steps ?? []).filter((step) => step.safety && !kept.has(step.id)).map((step) => `step "${step.id}"`);
  }
  if (shared.kind === 'aftercare' && clinic.kind === 'aftercare') {
    const kept = new Set(clinic.rules.map((rule) => rule.id));
    return shared.rules.filter((rule) => rule.safety && !kept.has(rule.id)).map((rule) => `rule "${rule.id}"`);
  }
  if (shared.kind === 'urgent' && clinic.kind === 'urgent') {
    // Signs are sentences without ids, so a clinic's card is held to as many signs as the shared
    // card at its level: a sign can be reworded, not dropped.
    const kept = new Map(clinic.care.map((card) => [card.level, card.signs.length]));
    return shared.care.flatMap((card) => {
      const signs = kept.get(card.level);
      if (signs === undefined) return [`care card "${card.level}"`];
      if (signs < card.signs.length)
        return [`${card.signs.length - signs} of the ${card.signs.length} signs of care card "${card.level}"`];
      return [];
    });
  }
  return [];
}
