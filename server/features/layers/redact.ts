/**
 * What the public may see of each layer — the ONE place that decides it. Every door applies it:
 * tRPC layers.features, /ogc items and item-by-id, /tiles.
 *
 * Audiences: Board staff (admin, planner, officer) see everything; anonymous callers and commune
 * accounts see the public view (DESIGN §6: a commune reads public layers plus its own clearance
 * data, not the details of security and defence land).
 *
 * Today's rule: planning zones whose land use is restricted (DAT_Anninh, DAT_Quocphong —
 * `restricted: true` in shared/domain/land-use.ts) keep only geometry, id, landUse, a generalised
 * name ("Đất an ninh" / "Đất quốc phòng"), source and illustrative. Parcel owners and households
 * join here when those layers arrive.
 */
import { landUseClass } from '../../../shared/domain/land-use.ts';
import { staffRoles } from '../../../shared/domain/roles.ts';
import type { LayerDefinition } from '../../../shared/layers/registry.ts';
import type { SessionUser } from '../../../shared/schemas/auth.ts';
import type { StoredFeature } from '../../geo-store/feature-store.ts';

export type Audience = 'public' | 'staff';

export function audienceOf(user: SessionUser | null): Audience {
  return user && staffRoles.includes(user.role) ? 'staff' : 'public';
}

interface Redaction {
  /** True when the feature's details are not public. */
  applies(properties: Record<string, unknown>): boolean;
  /** The properties the public may see of such a feature. */
  publicProperties(properties: Record<string, unknown>): Record<string, unknown>;
}

const restrictedLandUse = (properties: Record<string, unknown>) =>
  typeof properties.landUse === 'string' ? landUseClass(properties.landUse)?.restricted === true : false;

const publicRedactions: Readonly<Record<string, Redaction>> = {
  'planning-zones': {
    applies: restrictedLandUse,
    publicProperties: (properties) => ({
      landUse: properties.landUse,
      name: landUseClass(String(properties.landUse))?.vi ?? 'Đất hạn chế',
      source: properties.source,
      illustrative: properties.illustrative,
    }),
  },
};

/** Whether some features of `layer` may look different to `audience` than to staff. */
export function layerIsRedactedFor(layer: LayerDefinition, audience: Audience): boolean {
  return audience === 'public' && layer.id in publicRedactions;
}

/** True when the public sees less of this feature than staff do (search keeps such features to staff). */
export function isRedactedForPublic(layer: LayerDefinition, properties: Record<string, unknown>): boolean {
  return publicRedactions[layer.id]?.applies(properties) === true;
}

export function redactFeature(layer: LayerDefinition, feature: StoredFeature, audience: Audience): StoredFeature {
  const redaction = audience === 'public' ? publicRedactions[layer.id] : undefined;
  if (!redaction || !redaction.applies(feature.properties)) return feature;
  return { type: 'Feature', id: feature.id, geometry: feature.geometry, properties: redaction.publicProperties(feature.properties) };
}

export function redactFeatures(layer: LayerDefinition, features: readonly StoredFeature[], audience: Audience): StoredFeature[] {
  return features.map((feature) => redactFeature(layer, feature, audience));
}
