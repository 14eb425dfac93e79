// Builds the custom-scalars layout value as TF, torch and tensorboardX write it: tag `custom_scalars__config__`,
// a rank-0 DT_STRING tensor holding a serialized Layout, plugin `custom_scalars` with empty content (the layout
// goes in the tensor, not in the plugin content: FORMAT.md §6.2). Chart tags are regular expressions.
import { tensorboard } from '../../proto/index.ts';
import { pluginMetadata } from './summary-metadata.ts';
import { stringTensor } from './tensor-encoder.ts';

export const CUSTOM_SCALARS_PLUGIN = 'custom_scalars';
export const CUSTOM_SCALARS_TAG = 'custom_scalars__config__';

export type CustomScalarChart =
  | { title: string; multiline: readonly string[] }
  | { title: string; margin: readonly { value: string; lower: string; upper: string }[] };

export interface CustomScalarCategory {
  title: string;
  closed?: boolean;
  charts: readonly CustomScalarChart[];
}

export function customScalarsLayoutValue(
  categories: readonly CustomScalarCategory[],
): tensorboard.Summary.IValue {
  const layout: tensorboard.ILayout = {
    category: categories.map((c) => {
      const category: tensorboard.ICategory = {
        title: c.title,
        chart: c.charts.map((chart): tensorboard.IChart => {
          if ('multiline' in chart) {
            for (const re of chart.multiline) {
              try {
                new RegExp(re);
              } catch {
                throw new RangeError(
                  `customScalarsLayoutValue: chart ${JSON.stringify(chart.title)}: bad regex ${JSON.stringify(re)}`,
                );
              }
            }
            return { title: chart.title, multiline: { tag: [...chart.multiline] } };
          }
          return { title: chart.title, margin: { series: chart.margin.map((s) => ({ ...s })) } };
        }),
      };
      if (c.closed) category.closed = true;
      return category;
    }),
  };
  const bytes = tensorboard.Layout.encode(layout).finish();
  return {
    tag: CUSTOM_SCALARS_TAG,
    tensor: stringTensor([bytes], []),
    metadata: pluginMetadata(CUSTOM_SCALARS_PLUGIN),
  };
}
