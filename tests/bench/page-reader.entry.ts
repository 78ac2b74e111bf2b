// Bundled by tests/bench/page-reader.bench.ts into the benchmark page: the
// same reader code the content script runs, exposed for page.evaluate.
import { readPage } from '../../lib/page-reader/in-page/read-page';

(globalThis as unknown as { callsideReadPage: typeof readPage }).callsideReadPage = readPage;
