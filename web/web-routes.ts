import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import type { ShopPort } from '../commerce/port/shop-port.js';
import { localize, SHOP_LOCALES } from '../commerce/localized.js';
import { featuredProducts } from '../commerce/featured-products.js';
import { HttpError } from '../connectors/http/http-error.js';
import { productImageSvg } from './product-image.js';

const publicDirectory = fileURLToPath(new URL('./public/', import.meta.url));
const CatalogQuery = z.object({
  locale: z.enum(SHOP_LOCALES).default('en'),
  category: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(48).default(12),
});

/** The demo shop's pages and their public data: the catalog and generated product pictures. */
export function webRoutes(options: { shop: ShopPort }): Router {
  const router = Router();
  router.use(helmet({
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"], 'img-src': ["'self'", 'data:'], 'connect-src': ["'self'", 'ws:', 'wss:'],
        // The demo runs on plain http (localhost or a LAN address); TLS belongs to the proxy in front.
        'upgrade-insecure-requests': null,
      },
    },
  }));

  router.get('/api/v1/catalog/products', async (req, res) => {
    const query = CatalogQuery.safeParse(req.query);
    if (!query.success) throw new HttpError(400, 'invalid-query', query.error.issues[0]?.message ?? 'invalid query');
    const { locale, category, limit } = query.data;
    const categories = await options.shop.products.categories();
    const names = new Map(categories.map((entry) => [entry.id, localize(entry.name, locale)]));
    const products = await featuredProducts(options.shop.products, { limit, ...(category !== undefined && { category }) });
    res.json({
      products: products.map((product) => ({
        id: product.id,
        name: localize(product.name, locale),
        category: product.category,
        categoryName: names.get(product.category) ?? product.category,
        price: product.price,
        imageUrl: `/images/products/${encodeURIComponent(product.id)}.svg`,
      })),
    });
  });

  router.get('/images/products/:file', async (req, res) => {
    const id = /^(.{1,64})\.svg$/.exec(req.params.file)?.[1];
    const product = id === undefined ? undefined : await options.shop.products.get(id);
    if (!product) throw new HttpError(404, 'product-not-found', 'no such product');
    res.type('image/svg+xml').set('Cache-Control', 'public, max-age=86400')
      .send(productImageSvg({ id: product.id, name: product.name.en, category: product.category }));
  });

  // No max-age: the page's ES modules must never mix versions across a deploy; ETags keep it cheap.
  router.use(express.static(publicDirectory, { index: 'index.html', maxAge: 0 }));
  return router;
}

