import { i18n } from '#i18n';
import { lineScale, type Bounds } from '../../utils/labs/number-check';
import { formatLabValue } from '../../utils/units/lab-units';

const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/**
 * The range as a number line: low / typical / high bands, the ends labelled, and the reader's
 * number as a marker. The drawing is hidden from screen readers, which get the same in words.
 */
export function NumberLine({ bounds, marker }: { bounds: Bounds; marker: number | null }) {
  const scale = lineScale(bounds);
  const low = scale.at(bounds.low);
  const high = scale.at(bounds.high);
  const lowText = `${formatLabValue(bounds.low, bounds.unit)} ${bounds.unit}`;
  const highText = `${formatLabValue(bounds.high, bounds.unit)} ${bounds.unit}`;
  return (
    <div class="hn-line-wrap">
      <p class="hn-visually-hidden">{i18n.t('learn.lineText', [lowText, highText])}</p>
      <div class="hn-line" aria-hidden="true" data-testid="number-line">
        <div class="hn-line-bands">
          <span class="hn-band hn-band--low" style={{ width: percent(low) }}>
            {i18n.t('learn.lineLow')}
          </span>
          <span class="hn-band hn-band--typical" style={{ width: percent(high - low) }}>
            {i18n.t('learn.lineTypical')}
          </span>
          <span class="hn-band hn-band--high" style={{ width: percent(1 - high) }}>
            {i18n.t('learn.lineHigh')}
          </span>
        </div>
        <span class="hn-tick" style={{ left: percent(low) }}>
          {formatLabValue(bounds.low, bounds.unit)}
        </span>
        <span class="hn-tick" style={{ left: percent(high) }}>
          {formatLabValue(bounds.high, bounds.unit)}
        </span>
        {marker !== null && (
          <span
            class="hn-marker"
            data-testid="lab-marker"
            data-position={scale.at(marker).toFixed(4)}
            style={{ left: percent(scale.at(marker)) }}
          >
            <span class="hn-marker-label">
              {i18n.t('learn.marker', [`${formatLabValue(marker, bounds.unit)} ${bounds.unit}`])}
            </span>
          </span>
        )}
      </div>
    </div>
  );
}
