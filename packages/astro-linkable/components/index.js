// The components a site imports: `import { Quote } from 'astro-linkable/components';`
export { default as Quote } from './Quote.astro';
export { default as ContributorHead } from './ContributorHead.astro';
export { default as ContributorProfile } from './ContributorProfile.astro';
export { default as ContributorsList } from './ContributorsList.astro';
export { default as Infographic } from './Infographic.astro';
export { default as Dataset } from './Dataset.astro';
export { default as CiteThis } from './CiteThis.astro';
export { default as Stat } from './Stat.astro';
export { default as EmbedHead } from './EmbedHead.astro';
export { default as LinkableHead } from './LinkableHead.astro';
