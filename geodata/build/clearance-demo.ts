/**
 * Illustrative clearance state for the demo, derived deterministically from the parcels each
 * boundary takes (the engine computes those by intersection at seed time): each parcel's stage near
 * its boundary's stage, the dates it passed each step (before the step's latest day, never after
 * DEMO_AS_OF), a few complaints, the households on it (illustrative names, never real people), the
 * resettlement lots already allocated, and the communes' land-use quotas. All of it is assumed.
 */
import { clearanceStages, type ClearanceStage } from '../../shared/domain/clearance-stage.ts';
import { stepDueDate, type ParcelStage } from '../../shared/domain/clearance-schedule.ts';

/** The day the demo state describes: no step is dated after it. */
export const DEMO_AS_OF = '2026-11-20';

export const HOUSEHOLD_NOTE = 'Minh họa (illustrative): hộ gia đình giả định, không phải người thật';
export const QUOTA_SOURCE = 'Minh họa (illustrative): chỉ tiêu giả định cho bản demo, không phải số liệu của kế hoạch sử dụng đất được duyệt';
export const QUOTA_PERIOD = '2021-2030';

export interface AffectedParcelInput {
  boundaryId: string;
  boundaryStage: ClearanceStage;
  targetHandoverDate: string | null;
  parcelId: string;
  formerCommuneName: string;
  communeCode: string;
  landType: string;
  affectedAreaM2: number;
}

export interface DemoHousehold {
  id: string;
  headName: string;
  members: number;
  address: string;
}

export interface DemoClearanceParcel {
  stage: ParcelStage;
  stageDates: Partial<Record<ClearanceStage, string>>;
  complaint: boolean;
  complaintNote: string | null;
  households: DemoHousehold[];
}

export interface ResettlementAreaInput {
  id: string;
  communeCode: string;
  allocatedLots: number;
  forProjects: readonly string[];
}

function hash01(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) / 4294967296;
}

function pick<T>(items: readonly T[], value: number): T {
  return items[Math.min(items.length - 1, Math.floor(value * items.length))] as T;
}

// Family names common among the Tày and Nùng of Lạng Sơn, and the Kinh.
const familyNames = ['Hoàng', 'Nông', 'Lương', 'Vi', 'Lý', 'Lăng', 'Hà', 'Triệu', 'Chu', 'Mông', 'Nguyễn', 'Trần'];
const menNames = ['Minh', 'Hùng', 'Lâm', 'Thắng', 'Sơn', 'Dũng', 'Tuấn', 'Cường', 'Hải', 'Long', 'Quang', 'Thành'];
const womenNames = ['Hoa', 'Lan', 'Hương', 'Mai', 'Thu', 'Hạnh', 'Liên', 'Nga', 'Thảo', 'Yến'];

function demoHousehold(id: string, formerCommuneName: string): DemoHousehold {
  const woman = hash01(id, 2) < 0.3;
  const headName = `${pick(familyNames, hash01(id, 3))} ${woman ? 'Thị' : 'Văn'} ${pick(woman ? womenNames : menNames, hash01(id, 4))}`;
  return {
    id,
    headName,
    members: 2 + Math.floor(hash01(id, 5) * 5),
    address: `Thôn ${1 + Math.floor(hash01(id, 6) * 9)} (minh họa), ${formerCommuneName}`,
  };
}

const order = clearanceStages.map((s) => s.code);

/** The demo state of one affected parcel. */
export function demoClearanceParcel(parcel: AffectedParcelInput): DemoClearanceParcel {
  const key = `${parcel.boundaryId}/${parcel.parcelId}`;
  const roll = hash01(key, 1);
  // Most parcels are at their boundary's stage; some lag one or two steps, a few are a step ahead.
  const offset = roll < 0.1 ? 1 : roll < 0.7 ? 0 : roll < 0.9 ? -1 : -2;
  const wanted = Math.max(0, Math.min(order.length - 1, order.indexOf(parcel.boundaryStage) + offset));
  const stageDates: Partial<Record<ClearanceStage, string>> = {};
  let reached = -1;
  let previous = '0000-00-00';
  for (let index = 0; index <= wanted; index++) {
    const step = order[index] as ClearanceStage;
    const due = parcel.targetHandoverDate ? stepDueDate(step, parcel.targetHandoverDate) : DEMO_AS_OF;
    const date = new Date(`${due}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - 5 - Math.floor(hash01(key, 10 + index) * 35));
    const day = date.toISOString().slice(0, 10);
    if (day > DEMO_AS_OF || day < previous) break;
    stageDates[step] = day;
    previous = day;
    reached = index;
  }
  const residential = parcel.landType === 'ONT' || parcel.landType === 'ODT';
  const householdCount = residential && hash01(key, 20) < 0.25 ? 2 : 1;
  const complaint = hash01(key, 30) < 0.06;
  return {
    stage: reached < 0 ? 'not-notified' : (order[reached] as ClearanceStage),
    stageDates,
    complaint,
    complaintNote: complaint ? 'Minh họa: hộ đề nghị xem xét lại đơn giá bồi thường' : null,
    households: Array.from({ length: householdCount }, (_, n) => demoHousehold(`household-${parcel.boundaryId.replace(/^clearance-/, '')}-${parcel.parcelId.replace(/^parcel-/, '')}-${n + 1}`, parcel.formerCommuneName)),
  };
}

/**
 * Lots already allocated in each resettlement area: to households on residential parcels whose
 * compensation plan is approved, in a boundary of a project the area serves, up to the area's
 * seeded `allocatedLots`.
 */
export function demoAllocations(
  areas: readonly ResettlementAreaInput[],
  parcels: readonly { projectId: string; parcel: AffectedParcelInput; state: DemoClearanceParcel }[],
): { resettlementAreaId: string; householdId: string; communeCode: string; lotCode: string; allocatedOn: string }[] {
  const taken = new Set<string>();
  return areas.flatMap((area) => {
    const eligible = parcels
      .filter(({ projectId, parcel, state }) => area.forProjects.includes(projectId) && (parcel.landType === 'ONT' || parcel.landType === 'ODT') && state.stageDates['plan-approved'] !== undefined)
      .flatMap(({ state }) => state.households.map((household) => ({ household, approved: state.stageDates['plan-approved'] as string })))
      .filter(({ household }) => !taken.has(household.id))
      .slice(0, area.allocatedLots);
    return eligible.map(({ household, approved }, index) => {
      taken.add(household.id);
      return {
        resettlementAreaId: area.id,
        householdId: household.id,
        communeCode: area.communeCode,
        lotCode: `Lô ${String(index + 1).padStart(3, '0')}`,
        allocatedOn: approved,
      };
    });
  });
}

/**
 * Illustrative quotas (m²) of land the commune's projects may take, per land type, for the
 * 2021–2030 plan period: about what the demo projects need, short for paddy land in Đồng Đăng and
 * for residential land in Hoàng Văn Thụ, so that the shortfall a commune must report shows.
 */
export const demoQuotasM2: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  '11.1806': { ONT: 60_000, LUC: 5_000, BHK: 20_000, CLN: 30_000, RSX: 40_000, NTS: 5_000 },
  '11.1827': { ONT: 5_000, LUC: 20_000, BHK: 20_000, CLN: 30_000, RSX: 40_000, NTS: 5_000 },
};
