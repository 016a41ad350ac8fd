/**
 * Trade figures (`/thuong-mai`): per metric, the figures of each period charted as bars with the
 * change on a year earlier, and under each chart the figure as printed with its source. Officers
 * and admins get a form that adds a period's figure through `trade.add`; anyone else sees the
 * charts only.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { tradeMetrics, type TradeMetric, type TradeQualifier } from '../../../shared/domain/trade-metrics.ts';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { BarChart } from '../../ui/bar-chart.tsx';
import { Field } from '../../ui/field.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { useNavigation } from '../../app/navigation.ts';
import { routePaths } from '../../app/routes.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { apiErrorInfo } from '../../app/api-error.ts';
import { periodLabel, tradeSeries, unitLabels } from './trade-series.ts';
import { emptyTradeForm, tradeInput, type TradeField, type TradeFieldError, type TradeForm } from './trade-form-rules.ts';

const seriesColours: Readonly<Record<TradeMetric, string>> = {
  'import-export-turnover': '#1f6fb2',
  'customs-turnover': '#0c8599',
  'import-export-budget-revenue': '#5f3dc4',
  'infrastructure-fees': '#e8590c',
};

export function TradePage() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const me = useCurrentUser();
  const mayAdd = me.data?.role === 'officer' || me.data?.role === 'admin';
  const { onLinkClick } = useNavigation();
  const figures = useQuery(trpc.trade.list.queryOptions());

  return (
    <div className="admin-page admin-page--wide trade-page">
      <header className="admin-page__header">
        <h1 className="admin-page__title">{t('trade.title')}</h1>
        <p className="admin-page__intro">{t('trade.intro')}</p>
        <p className="projects-page__links">
          <a href={routePaths.border} onClick={onLinkClick}>{t('trade.borderLink')}</a>
        </p>
      </header>

      {figures.isPending && <div className="page__loading"><Spinner label={t('trade.loading')} /><span>{t('trade.loading')}</span></div>}
      {figures.isError && (
        <PageMessage
          tone="error"
          title={t('trade.loadFailed')}
          actions={<button type="button" className="button" onClick={() => void figures.refetch()}>{t('errors.retry')}</button>}
        >
          <p>{errorMessage(figures.error)}</p>
        </PageMessage>
      )}

      {figures.data && (
        <div className="trade-charts">
          {tradeSeries(figures.data, language).map((series) => (
            <section key={series.metric} className="admin-section trade-series" aria-labelledby={`trade-${series.metric}`} data-metric={series.metric}>
              <h2 id={`trade-${series.metric}`} className="admin-section__title">{series.label}</h2>
              {series.points.length === 0 ? (
                <p className="admin-section__empty">{t('trade.empty')}</p>
              ) : (
                <>
                  <BarChart
                    title={t('trade.chartTitle', { unit: series.unitLabel })}
                    items={series.points.map((point) => ({
                      key: point.id,
                      label: point.period,
                      value: point.value,
                      valueLabel: point.valueLabel,
                      colour: seriesColours[series.metric],
                      ...(point.changeLabel ? { note: point.changeLabel } : {}),
                    }))}
                  />
                  <details className="trade-series__sources" open>
                    <summary>{t('trade.sources')}</summary>
                    <ol>
                      {series.points.map((point) => (
                        <li key={point.id}>
                          <strong>{point.period}</strong>: “{point.printed}” — <cite>{point.source}</cite>
                        </li>
                      ))}
                    </ol>
                  </details>
                </>
              )}
            </section>
          ))}
        </div>
      )}

      {mayAdd && <TradeFigureForm language={language} />}
    </div>
  );
}

function TradeFigureForm({ language }: { language: Language }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [form, setForm] = useState<TradeForm>(emptyTradeForm);
  const [errors, setErrors] = useState<Partial<Record<TradeField, TradeFieldError>>>({});
  const [serverError, setServerError] = useState<{ field: TradeField | undefined; message: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const add = useMutation(trpc.trade.add.mutationOptions({
    onSuccess: async (figure) => {
      setSaved(periodLabel(figure.periodFrom, figure.periodTo, language));
      setForm({ ...emptyTradeForm, metric: form.metric });
      await queryClient.invalidateQueries({ queryKey: trpc.trade.list.queryKey() });
    },
    onError: (error) => {
      const field = apiErrorInfo(error).field;
      setServerError({ field: field && field in emptyTradeForm ? (field as TradeField) : undefined, message: errorMessage(error) });
    },
  }));
  const unit = tradeMetrics.find((metric) => metric.code === form.metric)?.unit ?? '';
  const unitLabel = unitLabels[unit]?.[language] ?? unit;

  const set = <K extends TradeField>(field: K, value: TradeForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setSaved(null);
  };
  const fieldError = (field: TradeField): string | undefined => {
    if (serverError?.field === field) return serverError.message;
    const error = errors[field];
    if (error === 'required') return t('trade.form.required');
    if (error === 'periodOrder') return t('trade.form.periodOrder');
    if (error === 'invalid') return t(`trade.form.invalid.${field}`);
    return undefined;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setServerError(null);
    setSaved(null);
    const result = tradeInput(form);
    if (!result.ok) {
      setErrors(result.errors);
      const first = Object.keys(result.errors)[0];
      if (first) document.querySelector<HTMLElement>(`form.trade-form [name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    add.mutate(result.input);
  };

  return (
    <section className="admin-section" aria-labelledby="trade-form-title">
      <h2 id="trade-form-title" className="admin-section__title">{t('trade.form.title')}</h2>
      <p className="admin-section__note">{t('trade.form.intro')}</p>
      <form className="trade-form" noValidate onSubmit={submit}>
        <Field label={t('trade.form.metric')} required error={fieldError('metric')}>
          {(control) => (
            <select {...control} className="input" name="metric" value={form.metric} onChange={(event) => set('metric', event.target.value as TradeMetric)}>
              {tradeMetrics.map((metric) => <option key={metric.code} value={metric.code}>{metric[language]}</option>)}
            </select>
          )}
        </Field>
        <div className="trade-form__pair">
          <Field label={t('trade.form.periodFrom')} required hint={t('trade.form.periodHint')} error={fieldError('periodFrom')}>
            {(control) => <input {...control} className="input" type="month" name="periodFrom" placeholder="2025-01" value={form.periodFrom} onChange={(event) => set('periodFrom', event.target.value)} />}
          </Field>
          <Field label={t('trade.form.periodTo')} required error={fieldError('periodTo')}>
            {(control) => <input {...control} className="input" type="month" name="periodTo" placeholder="2025-08" value={form.periodTo} onChange={(event) => set('periodTo', event.target.value)} />}
          </Field>
        </div>
        <div className="trade-form__pair">
          <Field label={t('trade.form.value')} required hint={t('trade.form.valueHint', { unit: unitLabel })} error={fieldError('value')}>
            {(control) => <input {...control} className="input" inputMode="decimal" name="value" value={form.value} onChange={(event) => set('value', event.target.value)} />}
          </Field>
          <Field label={t('trade.form.qualifier')} error={fieldError('qualifier')}>
            {(control) => (
              <select {...control} className="input" name="qualifier" value={form.qualifier} onChange={(event) => set('qualifier', event.target.value as TradeQualifier)}>
                <option value="exact">{t('trade.form.exact')}</option>
                <option value="more-than">{t('trade.form.moreThan')}</option>
              </select>
            )}
          </Field>
        </div>
        <Field label={t('trade.form.changePercent')} hint={t('trade.form.changeHint')} error={fieldError('changePercent')}>
          {(control) => <input {...control} className="input" inputMode="decimal" name="changePercent" value={form.changePercent} onChange={(event) => set('changePercent', event.target.value)} />}
        </Field>
        <Field label={t('trade.form.printed')} required hint={t('trade.form.printedHint')} error={fieldError('printed')}>
          {(control) => <input {...control} className="input" name="printed" value={form.printed} onChange={(event) => set('printed', event.target.value)} />}
        </Field>
        <Field label={t('trade.form.source')} required hint={t('trade.form.sourceHint')} error={fieldError('source')}>
          {(control) => <textarea {...control} className="input" name="source" rows={2} value={form.source} onChange={(event) => set('source', event.target.value)} />}
        </Field>
        {serverError && serverError.field === undefined && <p className="form-error" role="alert">{serverError.message}</p>}
        <div className="trade-form__actions">
          <button type="submit" className="button button--primary" disabled={add.isPending}>
            {add.isPending && <Spinner label={t('trade.form.submit')} />}
            {t('trade.form.submit')}
          </button>
          {saved && <p className="form-success" role="status">{t('trade.form.saved', { period: saved })}</p>}
        </div>
      </form>
    </section>
  );
}
