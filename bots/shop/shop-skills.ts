import type { Skill } from '../../dialogs/skills/skill.js';
import type { ToolRegistry } from '../../dialogs/tools/tool-registry.js';
import { browseProducts } from './skills/browse-products.js';
import { fallback } from './skills/fallback.js';
import { greeting } from './skills/greeting.js';
import { orderStatus } from './skills/order-status.js';
import { productQuestion } from './skills/product-question.js';
import { smallTalk } from './skills/small-talk.js';

/** The shop bot's behaviour, most specific first; the fallback always takes what is left. */
export function shopSkills(tools: ToolRegistry): Skill[] {
  return [orderStatus(tools), productQuestion(tools), browseProducts(tools), greeting, smallTalk, fallback];
}
