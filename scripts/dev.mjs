// `npm run dev`: serves the demo CRM on 127.0.0.1:5174 and starts WXT in dev
// mode, which builds the extension with hot reload and opens Chromium (or
// CHROME_PATH) with it loaded on the demo contact list.
import { spawn } from 'node:child_process';
import { startDemoCrm } from './demo-crm-server.mjs';

const crm = await startDemoCrm(Number(process.env.PORT ?? 5174));
const startUrl = `${crm.url}/demo-crm/`;
console.log(`Demo CRM: ${startUrl}`);
console.log('Click the Callside toolbar button (or Alt+Shift+S) to open the side panel beside a record.');

const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CALLSIDE_DEV_START_URL: startUrl },
});
const stop = async () => {
  wxt.kill('SIGINT');
  await crm.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
wxt.on('exit', async (code) => {
  await crm.close();
  process.exit(code ?? 0);
});
