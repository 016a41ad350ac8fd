/**
 * geodata/plans.json: every plan BRIEF.md names, with its level, scale, horizon and revisions.
 * Decision numbers and dates appear ONLY where BRIEF.md, REFERENCE.md or the notices in
 * ../shared/domain/seeds give them; otherwise they are null and the source says so. Stages follow
 * the latest notice that mentions the plan. Only the zone's general plan has (illustrative) zones.
 */
import type { PlanRegister, RegisterPlan, RegisterRevision } from '../../shared/schemas/plans.ts';
import { GENERAL_PLAN_ID, GENERAL_PLAN_REVISION_ID, PLANNING_ZONE_SOURCE } from './planning-zones.ts';
import { DRAFT_2045_REVISION_ID, DRAFT_2045_SOURCE, LOCAL_ADJUSTMENT_REVISION_ID, LOCAL_ADJUSTMENT_SOURCE, type AdjustmentAreaDraft } from './planning-zone-revisions.ts';
import { notices } from './provenance.ts';

const NOT_IN_SOURCES = 'decision number and date not in the sources, so none is given';

type RevisionFields = Omit<RegisterRevision, 'adjustmentAreas' | 'validFrom' | 'validTo' | 'taskDecisionNumber' | 'taskDecisionDate' | 'decisionNumber' | 'decisionDate' | 'summary'> &
  Partial<Pick<RegisterRevision, 'adjustmentAreas' | 'validFrom' | 'validTo' | 'taskDecisionNumber' | 'taskDecisionDate' | 'decisionNumber' | 'decisionDate' | 'summary'>>;

function revision(fields: RevisionFields): RegisterRevision {
  return {
    decisionNumber: null,
    decisionDate: null,
    taskDecisionNumber: null,
    taskDecisionDate: null,
    validFrom: null,
    validTo: null,
    adjustmentAreas: [],
    summary: null,
    ...fields,
  };
}

/** An approved original whose later local adjustment the notices name: it must exist, its decision is unknown. */
function approvedOriginal(planId: string, name: string, nameEn: string, horizonYear: number | null): RegisterRevision {
  return revision({
    id: `${planId}-original`,
    kind: 'original',
    stage: 'approved',
    name,
    nameEn,
    parentRevisionId: null,
    horizonYear,
    horizonYears: horizonYear ? [horizonYear] : [],
    source: `Implied by the local adjustment the notices name (only an approved plan is adjusted); ${NOT_IN_SOURCES}`,
    illustrative: false,
    stageHistory: [{ stage: 'approved', decisionNumber: null, decisionDate: null, note: `Approved before its local adjustment; ${NOT_IN_SOURCES}` }],
  });
}

export function buildPlanRegister(localAdjustmentAreas: readonly AdjustmentAreaDraft[]): PlanRegister {
  const plans: RegisterPlan[] = [
    {
      id: GENERAL_PLAN_ID,
      name: 'Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng – Lạng Sơn',
      nameEn: 'General construction plan of the Đồng Đăng – Lạng Sơn border economic zone',
      level: 'general',
      scale: null,
      horizonYear: 2045,
      parentPlanId: null,
      approvingAuthority: 'Thủ tướng Chính phủ (Prime Minister); local adjustments by the province under QĐ 18/2025/QĐ-TTg (REFERENCE.md §3.3)',
      source: 'BRIEF.md "Planning"; REFERENCE.md §3.2, §5.2 (zone of ~39 400 ha, Decision 138/2008/QĐ-TTg). Scale: Law 47/2024 Art. 31 allows 1/10 000 or 1/5 000; which one the plan uses is not in the sources',
      revisions: [
        revision({
          id: GENERAL_PLAN_REVISION_ID,
          kind: 'original',
          stage: 'approved',
          name: 'Quy hoạch chung đến năm 2030 (đang có hiệu lực)',
          nameEn: 'General plan to 2030 (in force)',
          parentRevisionId: null,
          horizonYear: 2030,
          horizonYears: [2030],
          summary: '2030 land figures (REFERENCE.md §5.2): non-tariff area 1 350 ha, civil 2 075 ha, non-civil 4 475 ha, other 31 500 ha',
          source: `The plan to 2030 in force: REFERENCE.md §5.2 (2030 figures) and §3.3 (Công văn 490/TTg-CN of 6 Jun 2022 let the province locally adjust the plan to 2030); ${NOT_IN_SOURCES}. Zones: ${PLANNING_ZONE_SOURCE}`,
          illustrative: true,
          stageHistory: [{ stage: 'approved', decisionNumber: null, decisionDate: null, note: `In force by 2022 (Công văn 490/TTg-CN of 6 Jun 2022 refers to it); ${NOT_IN_SOURCES}` }],
        }),
        revision({
          id: LOCAL_ADJUSTMENT_REVISION_ID,
          kind: 'local-adjustment',
          stage: 'appraisal',
          name: 'Điều chỉnh cục bộ (minh họa, theo mẫu điều chỉnh cục bộ phân khu Trục trung tâm 2025)',
          nameEn: 'Local adjustment (illustrative, modelled on the 2025 Central Axis local adjustment)',
          parentRevisionId: GENERAL_PLAN_REVISION_ID,
          horizonYear: 2030,
          horizonYears: [2030],
          adjustmentAreas: localAdjustmentAreas.map((area) => ({ ...area })),
          summary:
            'Area 1 at Thụy Hùng, 1 ha: agricultural land → heritage/religious land, public green 0.07 ha, housing 0.21 ha. Area 2 at Yên Trạch, 14.12 ha: technical infrastructure 3.65 ha, new housing 0.54 ha, infrastructure 4.9 ha, security land 2.07 ha (figures of the 2025 Central Axis adjustment, BRIEF.md)',
          source: LOCAL_ADJUSTMENT_SOURCE,
          illustrative: true,
          stageHistory: [
            { stage: 'draft', decisionNumber: null, decisionDate: null, note: 'Demo revision: a local adjustment needs no new planning task (Law 47/2024 Art. 47)' },
            { stage: 'appraisal', decisionNumber: null, decisionDate: null, note: 'Demo revision under appraisal by the infrastructure department' },
          ],
        }),
        revision({
          id: DRAFT_2045_REVISION_ID,
          kind: 'comprehensive-adjustment',
          stage: 'draft',
          name: 'Điều chỉnh tổng thể Quy hoạch chung đến năm 2045 (dự thảo)',
          nameEn: 'Comprehensive adjustment of the general plan to 2045 (draft)',
          parentRevisionId: GENERAL_PLAN_REVISION_ID,
          taskDecisionNumber: '1009/QĐ-TTg',
          taskDecisionDate: '2024-09-19',
          horizonYear: 2045,
          horizonYears: [2035, 2045],
          summary: 'Task approved by Decision 1009/QĐ-TTg (19 Sep 2024): ~39 400 ha, horizons 2035 and 2045; the plan is being completed for the Prime Minister\'s approval (Sep 2025 notice); no approval found',
          source: `Task decision: REFERENCE.md §3.2 and §5.2; stage: ${notices.sep2025}. Zones: ${DRAFT_2045_SOURCE}`,
          illustrative: true,
          stageHistory: [
            { stage: 'task', decisionNumber: '1009/QĐ-TTg', decisionDate: '2024-09-19', note: 'Planning task approved by the Prime Minister (appraised by the Ministry of Construction on 8 May 2024)' },
            { stage: 'consultant', decisionNumber: null, decisionDate: null, note: 'Consultant selected; date not in the sources' },
            { stage: 'draft', decisionNumber: null, decisionDate: null, note: `The Board completes the plan to submit to the Prime Minister (${notices.sep2025})` },
          ],
        }),
      ],
    },
    {
      id: 'chi-ma-general',
      name: 'Quy hoạch chung xây dựng khu vực cửa khẩu chính Chi Ma, tỉnh Lạng Sơn đến năm 2045',
      nameEn: 'General construction plan of the Chi Ma main border-gate area to 2045',
      level: 'general',
      scale: null,
      horizonYear: 2045,
      parentPlanId: null,
      approvingAuthority: 'Thủ tướng Chính phủ (Prime Minister), per the Sep 2025 notice',
      source: `${notices.sep2025}; ${notices.jun2026}`,
      revisions: [
        revision({
          id: 'chi-ma-general-2045',
          kind: 'original',
          stage: 'appraisal',
          name: 'Quy hoạch chung khu vực cửa khẩu Chi Ma đến năm 2045 (đang thẩm định)',
          nameEn: 'Chi Ma general plan to 2045 (under appraisal)',
          parentRevisionId: null,
          horizonYear: 2045,
          horizonYears: [2045],
          source: `${notices.may2024} (task under appraisal); ${notices.jun2026} (dossier completed after the appraisal council's opinions)`,
          illustrative: false,
          stageHistory: [
            { stage: 'task', decisionNumber: null, decisionDate: null, note: `Task under appraisal in May 2024 (${notices.may2024}); approval decision not in the sources` },
            { stage: 'appraisal', decisionNumber: null, decisionDate: null, note: `Dossier being completed after the appraisal council's opinions (${notices.jun2026})` },
          ],
        }),
      ],
    },
    {
      id: 'central-axis',
      name: 'Quy hoạch phân khu Trục trung tâm Khu KTCK Đồng Đăng – Lạng Sơn',
      nameEn: 'Central Axis subdivision plan of the Đồng Đăng – Lạng Sơn border economic zone',
      level: 'subdivision',
      scale: '1/2000',
      horizonYear: null,
      parentPlanId: GENERAL_PLAN_ID,
      approvingAuthority: 'UBND tỉnh Lạng Sơn approved its 2025 local adjustment (BRIEF.md)',
      source: `${notices.aug2024}; BRIEF.md "Facts from public sources" (2025 local adjustment, 1/2000)`,
      revisions: [
        approvedOriginal('central-axis', 'Quy hoạch phân khu Trục trung tâm (đồ án gốc)', 'Central Axis subdivision plan (original)', null),
        revision({
          id: 'central-axis-local-2025',
          kind: 'local-adjustment',
          stage: 'approved',
          name: 'Điều chỉnh cục bộ Quy hoạch phân khu Trục trung tâm (2025)',
          nameEn: 'Local adjustment of the Central Axis subdivision plan (2025)',
          parentRevisionId: 'central-axis-original',
          horizonYear: null,
          horizonYears: [],
          summary:
            'Area 1 at Thụy Hùng, about 1 ha (agricultural land → religious/relic land, +0.07 ha public green, housing +0.21 ha); area 2 at Yên Trạch, 14.12 ha (public, commercial and reserve land → technical infrastructure 3.65 ha and new housing 0.54 ha; agricultural, forest and housing land → infrastructure 4.9 ha; security land 2.07 ha)',
          source: `BRIEF.md "Facts from public sources": approved by the province in 2025; ${NOT_IN_SOURCES}; asked for in ${notices.aug2024}`,
          illustrative: false,
          stageHistory: [
            { stage: 'draft', decisionNumber: null, decisionDate: null, note: `To be carried out at once (${notices.aug2024})` },
            { stage: 'approved', decisionNumber: null, decisionDate: null, note: `Approved by the province in 2025 (BRIEF.md); ${NOT_IN_SOURCES}` },
          ],
        }),
      ],
    },
    ...detailedPlans(),
    {
      id: 'hoa-lac-industrial-park',
      name: 'Quy hoạch phân khu xây dựng Khu công nghiệp Hoà Lạc, tỷ lệ 1/2000',
      nameEn: 'Hòa Lạc industrial park subdivision plan, 1/2000',
      level: 'subdivision',
      scale: '1/2000',
      horizonYear: null,
      parentPlanId: null,
      approvingAuthority: null,
      source: `${notices.jun2026}. REFERENCE.md §5.1 places KCN Đồng Bành in former xã Hòa Lạc (low-grade source), hence "Hòa Lạc/Đồng Bành"`,
      revisions: [
        revision({
          id: 'hoa-lac-industrial-park-original',
          kind: 'original',
          stage: 'draft',
          name: 'Quy hoạch phân khu KCN Hoà Lạc (chuẩn bị trình thẩm định)',
          nameEn: 'Hòa Lạc industrial park subdivision plan (to be submitted for appraisal)',
          parentRevisionId: null,
          horizonYear: null,
          horizonYears: [],
          source: `${notices.jun2026}: "trình thẩm định" in June 2026`,
          illustrative: false,
          stageHistory: [{ stage: 'draft', decisionNumber: null, decisionDate: null, note: `To be submitted for appraisal in June 2026 (${notices.jun2026})` }],
        }),
      ],
    },
    {
      id: 'huu-lung-industrial-urban',
      name: 'Quy hoạch phân khu Khu công nghiệp – đô thị – dịch vụ Hữu Lũng, tỉnh Lạng Sơn, tỷ lệ 1/2.000',
      nameEn: 'Hữu Lũng industrial–urban–service zone subdivision plan, 1/2000',
      level: 'subdivision',
      scale: '1/2000',
      horizonYear: null,
      parentPlanId: null,
      approvingAuthority: null,
      source: notices.jun2026,
      revisions: [
        revision({
          id: 'huu-lung-industrial-urban-original',
          kind: 'original',
          stage: 'consultant',
          name: 'Quy hoạch phân khu Hữu Lũng (đang lựa chọn tư vấn)',
          nameEn: 'Hữu Lũng subdivision plan (consultant being selected)',
          parentRevisionId: null,
          horizonYear: null,
          horizonYears: [],
          source: `${notices.jun2026}: approval of the consultant selection result in June 2026`,
          illustrative: false,
          stageHistory: [{ stage: 'consultant', decisionNumber: null, decisionDate: null, note: `Consultant selection result to be approved in June 2026 (${notices.jun2026})` }],
        }),
      ],
    },
  ];
  return {
    source: 'Plans named in BRIEF.md, from the provincial notices in ../shared/domain/seeds and REFERENCE.md §3; decision numbers only where a source gives them',
    plans,
  };
}

/** The three detailed plans whose local adjustments the June 2026 programme is to approve. */
function detailedPlans(): RegisterPlan[] {
  const specs = [
    {
      id: 'tan-thanh-gate-detail',
      name: 'Quy hoạch chi tiết xây dựng cửa khẩu Tân Thanh, tỷ lệ 1/500',
      nameEn: 'Tân Thanh border gate detailed plan, 1/500',
      scale: '1/500',
      source: `${notices.aug2024} (local adjustment asked for); ${notices.jun2026} (approval dossier of the local adjustment)`,
    },
    {
      id: 'huu-nghi-transfer-station-detail',
      name: 'Quy hoạch chi tiết dự án Bến xe, trạm trung chuyển hành khách – hàng hoá, điểm tập kết kiểm tra hàng hoá xuất, nhập khẩu tại cửa khẩu quốc tế Hữu Nghị, tỷ lệ 1/500',
      nameEn: 'Hữu Nghị bus station, passenger & cargo transfer station and export–import inspection point detailed plan, 1/500',
      scale: '1/500',
      source: `${notices.jun2026} (approval of the local adjustment)`,
    },
    {
      id: 'dong-dang-cooperation-zone-detail',
      name: 'Quy hoạch chi tiết khu Hợp tác kinh tế biên giới Đồng Đăng, tỉnh Lạng Sơn – tỷ lệ 1/2000',
      nameEn: 'Đồng Đăng border economic cooperation zone detailed plan, 1/2000',
      scale: '1/2000',
      source: `${notices.jun2026} (approval of the local adjustment; the notice calls it a detailed plan at 1/2000)`,
    },
  ];
  return specs.map((spec) => ({
    id: spec.id,
    name: spec.name,
    nameEn: spec.nameEn,
    level: 'detailed' as const,
    scale: spec.scale,
    horizonYear: null,
    parentPlanId: GENERAL_PLAN_ID,
    approvingAuthority: null,
    source: spec.source,
    revisions: [
      approvedOriginal(spec.id, `${spec.name} (đồ án gốc)`, `${spec.nameEn} (original)`, null),
      revision({
        id: `${spec.id}-local`,
        kind: 'local-adjustment',
        stage: 'appraisal',
        name: `Điều chỉnh cục bộ ${spec.name.charAt(0).toLowerCase()}${spec.name.slice(1)}`,
        nameEn: `Local adjustment of the ${spec.nameEn}`,
        parentRevisionId: `${spec.id}-original`,
        horizonYear: null,
        horizonYears: [],
        source: spec.source,
        illustrative: false,
        stageHistory: [{ stage: 'appraisal', decisionNumber: null, decisionDate: null, note: `Approval planned in June 2026 (${notices.jun2026}); not yet approved in the sources` }],
      }),
    ],
  }));
}
