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
    const kept = new Set(clinic.care.map((card) => card.level));
    return shared.care.filter((card) => !kept.has(card.level)).map((card) => `care card "${card.level}"`);
  }
  return [];
}
