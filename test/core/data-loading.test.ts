import { expect } from '@open-wc/testing';
import { ProgramComparison } from '../../src/components/program-comparison/program-comparison.component.js';
import { isProgramLoaded } from '../../src/data/dataset.js';
import { strings } from '../../src/i18n/strings.js';
import { captureWarnings, expectAccessible, mountElement } from '../helpers/fixture.js';

// A shard that cannot load: the network is down, or the file is missing from a deployment.
const MISSING = 'no-such-programme';
const requestsFor = (id: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(`/${id}.js`)).length;

/** A comparison whose data lives in a shard that never arrives. */
class UnloadableComparison extends ProgramComparison {
  protected override programsNeeded(): string[] {
    return [MISSING];
  }
}
customElements.define('unloadable-comparison', UnloadableComparison);

suite('a data shard that fails to load', () => {
  test('shows the load error, warns once, and asks for the shard once, not on every render', async () => {
    const before = requestsFor(MISSING);
    let el!: UnloadableComparison;
    const warnings = await captureWarnings(async () => {
      el = await mountElement<UnloadableComparison>('unloadable-comparison', { program: 'family-doctor', lang: 'en' });
    });
    expect(warnings).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(strings.en.errors.loadFailed);
    await expectAccessible(el);
    expect(isProgramLoaded(MISSING)).to.equal(false);
    // Re-renders with the same inputs (a theme change here) show the error again without a new request.
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requestsFor(MISSING) - before, 'requests for the missing shard').to.equal(1);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
  });

  test('an attribute change asks for it again', async () => {
    const el = await mountElement<UnloadableComparison>('unloadable-comparison', { program: 'family-doctor', lang: 'en' });
    const before = requestsFor(MISSING);
    el.setAttribute('period', '2020');
    await el.updateComplete;
    expect(requestsFor(MISSING) - before).to.equal(1);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(strings.en.errors.loadFailed);
  });
});
