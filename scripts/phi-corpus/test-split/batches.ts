import type { Tpl } from "./build";
import { batchUs } from "./batch-us";
import { batchUkIe } from "./batch-uk-ie";
import { batchCaAu } from "./batch-ca-au";
import { batchIn } from "./batch-in";
import { batchFrDe } from "./batch-fr-de";
import { batchEsBr } from "./batch-es-br";
import { batchNgZa } from "./batch-ng-za";
import { batchEastAsia } from "./batch-east-asia";
import { batchMixed } from "./batch-mixed";
import { batchNegatives } from "./batch-negatives";
import { batchExtra } from "./batch-extra";

export const batches: Tpl[][] = [batchUs, batchUkIe, batchCaAu, batchIn, batchFrDe, batchEsBr, batchNgZa, batchEastAsia, batchMixed, batchNegatives, batchExtra];
