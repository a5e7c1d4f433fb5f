import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

/**
 * Every page is bilingual: Starlight's `title`/`description` hold the Chinese, `en` the English.
 * Both are required so that no page ships half-translated.
 */
export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        en: z.object({
          title: z.string().min(1),
          description: z.string().min(1),
        }),
      }),
    }),
  }),
};
