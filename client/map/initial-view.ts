/** Where the map opens when the link names no view. */
import type { BBox } from '../../shared/geo/bbox.ts';

/**
 * Bounding box of the nine commune-level units covering the economic zone (REFERENCE §5.3:
 * Đồng Đăng, Kỳ Lừa, Tam Thanh, Lương Văn Tri, Đông Kinh, Cao Lộc, Khánh Khê, Hoàng Văn Thụ,
 * Chiến Thắng), computed from shared/data/langson-communes-2025.geojson. A constant rather than
 * a fit after loading: the first frame is already the right view and nothing jumps.
 */
export const zoneBBox: BBox = [106.594, 21.652, 106.89, 22.05];

/** Pixels kept clear around the zone when fitting. */
export const zoneFitPadding = 32;

/** The map does not zoom out past the border region. */
export const minZoom = 6;
