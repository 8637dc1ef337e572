// The framework's floor for `npm run bench:load`: a SvelteKit app of the portal's versions with
// adapter-node and one page with a form like the portal's login. The benchmark builds it.
import adapter from '@sveltejs/adapter-node';

export default { kit: { adapter: adapter({ out: 'build' }) } };
