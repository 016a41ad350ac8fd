/**
 * Seeds the demo clearance state: the parcels each boundary takes (computed by the engine), then
 * the illustrative stages, dates, complaints, households, resettlement allocations and quotas of
 * geodata/build/clearance-demo.ts. Runs inside the seed's transaction, after the parcels layer.
 */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { findLayer, type LayerDefinition } from '../../../shared/layers/registry.ts';
import type { ClearanceBoundaryProperties, ResettlementAreaProperties } from '../../../shared/schemas/layer-properties.ts';
import type { FeatureStore } from '../../geo-store/feature-store.ts';
import { HOUSEHOLD_NOTE, QUOTA_PERIOD, QUOTA_SOURCE, demoAllocations, demoClearanceParcel, demoQuotasM2, type AffectedParcelInput, type DemoClearanceParcel } from '../../../geodata/build/clearance-demo.ts';
import { communeNamesByCode } from '../communes/communes.repository.ts';
import { recomputeAffectedParcels } from './affected-parcels.ts';
import { communeFormedFrom, insertAllocations, insertHouseholds, insertQuotas, listClearanceParcels, liveFeatureIds, updateClearanceParcel, type HouseholdRecord } from './clearance.repository.ts';
import { formerCommuneName } from './former-communes.ts';

const boundaryLayer = findLayer('clearance-boundaries') as LayerDefinition;
const resettlementLayer = findLayer('resettlement-areas') as LayerDefinition;

export async function seedClearanceDemo(trx: Kysely<DatabaseSchema>, store: FeatureStore, now: string): Promise<void> {
  const names = await communeNamesByCode(trx);
  const codeByName = new Map([...names].map(([code, name]) => [name, code]));
  const formedFrom = await communeFormedFrom(trx);
  const states: { projectId: string; parcel: AffectedParcelInput; state: DemoClearanceParcel }[] = [];
  const households: HouseholdRecord[] = [];
  for (const id of await liveFeatureIds(trx, 'clearance_boundaries')) {
    const boundary = await store.get(boundaryLayer, id, trx);
    if (!boundary) continue;
    const properties = boundary.properties as ClearanceBoundaryProperties;
    await recomputeAffectedParcels(trx, store, boundary, now);
    for (const record of await listClearanceParcels(trx, { boundaryId: id })) {
      const parcel: AffectedParcelInput = {
        boundaryId: id,
        boundaryStage: properties.stage,
        targetHandoverDate: properties.targetHandoverDate ?? null,
        parcelId: record.parcelId,
        formerCommuneName: formerCommuneName(record.formerCommuneCode, formedFrom) ?? record.formerCommuneCode,
        communeCode: record.communeCode,
        landType: record.landType,
        affectedAreaM2: record.affectedAreaM2,
      };
      const state = demoClearanceParcel(parcel);
      states.push({ projectId: properties.projectId, parcel, state });
      await updateClearanceParcel(trx, record.id, { stage: state.stage, stageDates: state.stageDates, complaint: state.complaint, complaintNote: state.complaintNote }, now);
      households.push(
        ...state.households.map((h) => ({ ...h, clearanceParcelId: record.id, communeCode: record.communeCode, note: HOUSEHOLD_NOTE, illustrative: true })),
      );
    }
  }
  await insertHouseholds(trx, households, now);

  const areas = [];
  for (const id of await liveFeatureIds(trx, 'resettlement_areas')) {
    const area = await store.get(resettlementLayer, id, trx);
    if (!area) continue;
    const properties = area.properties as ResettlementAreaProperties;
    areas.push({ id, communeCode: codeByName.get(properties.commune) ?? '', allocatedLots: properties.allocatedLots, forProjects: properties.forProjects });
  }
  const allocations = demoAllocations(areas, states);
  await insertAllocations(trx, allocations.map((a) => ({ ...a, id: `${a.resettlementAreaId}/${a.householdId}` })));

  await insertQuotas(
    trx,
    Object.entries(demoQuotasM2).flatMap(([communeCode, byType]) =>
      Object.entries(byType).map(([landType, quotaM2]) => ({ communeCode, landType, period: QUOTA_PERIOD, quotaM2, source: QUOTA_SOURCE, illustrative: true })),
    ),
  );
}
