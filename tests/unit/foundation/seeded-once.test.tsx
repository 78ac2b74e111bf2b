// Default content is seeded once, by first run and by a change of language or
// industry (lib/content/default-content.ts). Screens and calls only read what is
// stored: a rep who deleted the defaults sees a clear empty state, and nothing
// comes back behind their back.
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../components/shared/i18n';
import { ObjectionsSection } from '../../../components/sidepanel/sections/ObjectionsSection';
import { ScriptSection } from '../../../components/sidepanel/sections/ScriptSection';
import { TargetsSection } from '../../../components/sidepanel/sections/TargetsSection';
import { saveProfileAndSeed, seedDefaultContent } from '../../../lib/content/default-content';
import type { CallsideDatabase } from '../../../lib/db/database';
import { CATALOGUES } from '../../../lib/i18n/all-catalogs';
import { ensureDefaultContent } from '../../../lib/scripts/default-content';
import { defaultProfile, type Language, type Profile } from '../../../lib/settings/settings';
import { seedCalendar } from '../../../lib/targets/calendar-store';
import type { PanelServices } from '../../../lib/ui/panel-services';
import { fakePanelServices, samplePageContext } from '../../helpers/panel-services';

// The seeding functions stay real; the spies tell whether a screen called them.
vi.mock('../../../lib/scripts/default-content', async (original) => {
  const real = await original<typeof import('../../../lib/scripts/default-content')>();
  return { ...real, ensureDefaultContent: vi.fn(real.ensureDefaultContent) };
});
vi.mock('../../../lib/targets/calendar-store', async (original) => {
  const real = await original<typeof import('../../../lib/targets/calendar-store')>();
  return { ...real, seedCalendar: vi.fn(real.seedCalendar) };
});

const NOW = new Date(2026, 10, 20, 10).getTime();
const onboarded = (language: Language): Profile => ({ ...defaultProfile('en-US'), repName: 'Alex', language, onboardedAt: 1 });
const page = { status: 'ready' as const, context: samplePageContext(), siteEnabled: false };

type Section = typeof ScriptSection;
function show(Section: Section, services: PanelServices, profile: Profile) {
  const language = profile.language === 'auto' ? 'en' : profile.language;
  render(
    <I18nProvider language={language}>
      <Section services={services} profile={profile} page={page} refreshPage={() => undefined} draftId="draft-1" />
    </I18nProvider>,
  );
}

async function storedCounts(db: CallsideDatabase) {
  return { scripts: await db.scripts.count(), objections: await db.objections.count(), calendar: await db.calendar.count() };
}

describe('screens show what is stored', () => {
  it('the Script section says there is no script when none is stored, and writes none', async () => {
    const services = fakePanelServices({ now: () => NOW });
    vi.mocked(ensureDefaultContent).mockClear();
    show(ScriptSection, services, onboarded('en'));
    await screen.findByText('No script for this language yet. Add or import one in settings.');
    expect(ensureDefaultContent).not.toHaveBeenCalled();
    expect(await storedCounts(services.db)).toEqual({ scripts: 0, objections: 0, calendar: 0 });
  });

  it('scripts the rep deleted after first run stay deleted when the section opens', async () => {
    const services = fakePanelServices({ now: () => NOW });
    const profile = onboarded('en');
    await seedDefaultContent(profile, services.db, 'en-US', 1);
    await services.db.scripts.clear();
    vi.mocked(ensureDefaultContent).mockClear();
    show(ScriptSection, services, profile);
    await screen.findByText('No script for this language yet. Add or import one in settings.');
    expect(ensureDefaultContent).not.toHaveBeenCalled();
    expect(await services.db.scripts.count()).toBe(0);
  });

  it('the Objections section says the library is empty when it is', async () => {
    const services = fakePanelServices({ now: () => NOW });
    vi.mocked(ensureDefaultContent).mockClear();
    show(ObjectionsSection, services, onboarded('en'));
    await screen.findByText('The objection library is empty. Add objections in settings.');
    expect(ensureDefaultContent).not.toHaveBeenCalled();
    expect(await services.db.objections.count()).toBe(0);
  });

  it("the Targets section reads the month without seeding China's calendar", async () => {
    const services = fakePanelServices({ now: () => NOW });
    vi.mocked(seedCalendar).mockClear();
    show(TargetsSection, services, onboarded('zh-CN'));
    await screen.findByRole('region', { name: CATALOGUES['zh-CN'].targets['targets.region'] });
    expect(seedCalendar).not.toHaveBeenCalled();
    expect(await services.db.calendar.count()).toBe(0);
    expect(await services.db.settings.get('calendar.seeded')).toBeUndefined();
  });
});

describe('the triggers seed', () => {
  it("completing first run in Chinese stores that language's scripts, objections and China's calendar", async () => {
    const services = fakePanelServices({ now: () => NOW });
    const before: Profile = { ...defaultProfile('en-US'), language: 'zh-CN', industry: 'car-insurance' };
    await saveProfileAndSeed(before, { ...before, onboardedAt: NOW }, services.db, 'en-US', NOW);
    const counts = await storedCounts(services.db);
    expect(counts.scripts).toBe(1);
    expect(counts.objections).toBeGreaterThan(0);
    expect(counts.calendar).toBeGreaterThan(0);
    // The section then shows the seeded script as stored.
    show(ScriptSection, services, { ...before, onboardedAt: NOW });
    const region = await screen.findByRole('region', { name: CATALOGUES['zh-CN'].scripts['script.region'] });
    expect(within(region).queryByText(CATALOGUES['zh-CN'].scripts['script.none'])).toBeNull();
  });
});
