/** The app's search box (shared by the map and the investor portal): public; restricted features only for Board staff. */
import { router, publicProcedure } from '../../trpc/init.ts';
import { searchQueryInput } from '../../../shared/schemas/search.ts';
import { audienceOf } from '../layers/redact.ts';
import { search } from './search.service.ts';

export const searchRouter = router({
  /** Items whose words start with the query's words, diacritics and case ignored ("dong dang" finds Đồng Đăng). */
  query: publicProcedure.input(searchQueryInput).query(({ ctx, input }) => search(ctx.deps.database, input, audienceOf(ctx.user))),
});
