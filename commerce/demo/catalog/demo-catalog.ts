import type { CatalogCategory } from './catalog-category.js';
import { accessories } from './categories/accessories.js';
import { bags } from './categories/bags.js';
import { dresses } from './categories/dresses.js';
import { electronics } from './categories/electronics.js';
import { home } from './categories/home.js';
import { shoes } from './categories/shoes.js';
import { tops } from './categories/tops.js';
import { trousers } from './categories/trousers.js';

/** The demo shop's categories, in the order the catalog lists them. */
export const DEMO_CATALOG: readonly CatalogCategory[] = [shoes, tops, trousers, dresses, bags, accessories, electronics, home];
