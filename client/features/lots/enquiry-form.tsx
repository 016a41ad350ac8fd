/**
 * The enquiry form on a lot sheet: name, organisation, contact, message (and a honeypot field
 * hidden from people). Checked with the same zod schema as enquiries.submit before sending; the
 * server's refusals are shown at their field, a rate limit (429) as a sentence; then a success
 * state with the reference the Board files it under.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { ENQUIRY_LIMITS, submitEnquiryInput } from '../../../shared/schemas/enquiries.ts';
import { useTRPC } from '../../app/trpc.ts';
import { Field } from '../../ui/field.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { enquiryFailure, errorsFromZod, type EnquiryErrors, type EnquiryFailure, type EnquiryField } from './enquiry-errors.ts';

const emptyForm = { name: '', organisation: '', contact: '', message: '', website: '' };

export function EnquiryForm({ lotId }: { lotId: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const trpc = useTRPC();
  const id = useId();
  const [form, setForm] = useState(emptyForm);
  const [errors, setErrors] = useState<EnquiryErrors>({});
  const [failure, setFailure] = useState<Exclude<EnquiryFailure, { kind: 'fields' }> | null>(null);
  const [sent, setSent] = useState<{ id: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const submit = useMutation(trpc.enquiries.submit.mutationOptions());
  const ownTexts: Record<EnquiryField, string> = {
    name: t('portal.enquiry.errors.name'),
    organisation: t('portal.enquiry.errors.organisation'),
    contact: t('portal.enquiry.errors.contact'),
    message: t('portal.enquiry.errors.message'),
    website: t('portal.enquiry.errors.website'),
    lotId: t('portal.enquiry.errors.lotId'),
  };

  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const input = { lotId, ...form, ...(['vi', 'en', 'zh'].includes(language) ? { language: language as 'vi' | 'en' | 'zh' } : {}) };
    const parsed = submitEnquiryInput.safeParse(input);
    if (!parsed.success) {
      setErrors(errorsFromZod(parsed.error, language, ownTexts));
      focusFirstInvalid();
      return;
    }
    setErrors({});
    submit.mutate(parsed.data, {
      onSuccess: (result) => setSent({ id: result.id }),
      onError: (error) => {
        const refused = enquiryFailure(error, language, ownTexts);
        if (refused.kind === 'fields') {
          setErrors(refused.errors);
          focusFirstInvalid();
        } else {
          setFailure(refused);
        }
      },
    });
  };

  const set = (field: keyof typeof emptyForm) => (value: string) => {
    setForm((previous) => ({ ...previous, [field]: value }));
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  if (sent) {
    return (
      <section className="enquiry enquiry--sent" aria-labelledby={`${id}-title`} data-testid="enquiry-sent">
        <h2 id={`${id}-title`} className="enquiry__title">{t('portal.enquiry.title')}</h2>
        <div className="enquiry__success" role="status">
          <p><strong>{t('portal.enquiry.sent', { id: sent.id })}</strong></p>
          <p>{t('portal.enquiry.sentBody')}</p>
        </div>
        <button type="button" className="button" onClick={() => { setSent(null); setForm(emptyForm); submit.reset(); }}>{t('portal.enquiry.another')}</button>
      </section>
    );
  }

  const hasFieldErrors = Object.values(errors).some(Boolean);
  return (
    <section className="enquiry" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="enquiry__title">{t('portal.enquiry.title')}</h2>
      <p className="enquiry__intro">{t('portal.enquiry.intro')}</p>
      <form ref={formRef} className="enquiry__form" onSubmit={onSubmit} noValidate aria-describedby={hasFieldErrors ? `${id}-summary` : undefined} data-testid="enquiry-form">
        {hasFieldErrors && <p className="field__error enquiry__summary" id={`${id}-summary`} role="alert">{errors.lotId ?? t('portal.enquiry.fixFields')}</p>}
        <div className="enquiry__row">
          <Field label={t('portal.enquiry.name')} required error={errors.name}>
            {(control) => <input {...control} name="name" className="input" autoComplete="name" maxLength={ENQUIRY_LIMITS.name + 20} value={form.name} onChange={(event) => set('name')(event.target.value)} />}
          </Field>
          <Field label={t('portal.enquiry.organisation')} error={errors.organisation}>
            {(control) => <input {...control} name="organisation" className="input" autoComplete="organization" value={form.organisation} onChange={(event) => set('organisation')(event.target.value)} />}
          </Field>
        </div>
        <Field label={t('portal.enquiry.contact')} hint={t('portal.enquiry.contactHint')} required error={errors.contact}>
          {(control) => <input {...control} name="contact" className="input" autoComplete="email" value={form.contact} onChange={(event) => set('contact')(event.target.value)} />}
        </Field>
        <Field label={t('portal.enquiry.message')} hint={t('portal.enquiry.messageHint', { max: ENQUIRY_LIMITS.message })} required error={errors.message}>
          {(control) => <textarea {...control} name="message" className="input enquiry__message" rows={5} value={form.message} onChange={(event) => set('message')(event.target.value)} />}
        </Field>
        {/* Honeypot: out of sight and out of the tab order; bots fill it, the server refuses them. */}
        <div className="enquiry__trap" aria-hidden="true">
          <label htmlFor={`${id}-website`}>{t('portal.enquiry.website')}</label>
          <input id={`${id}-website`} name="website" tabIndex={-1} autoComplete="off" value={form.website} onChange={(event) => set('website')(event.target.value)} />
        </div>
        {errors.website && <p className="field__error" role="alert">{errors.website}</p>}
        {failure && (
          <div className="enquiry__failure" role="alert" data-testid="enquiry-failure">
            <p><strong>{failure.kind === 'throttled' ? t('portal.enquiry.throttled') : t('portal.enquiry.failed')}</strong></p>
            {failure.detail && <p>{failure.detail}</p>}
          </div>
        )}
        <div className="enquiry__actions">
          <button type="submit" className="button button--primary" disabled={submit.isPending}>
            {submit.isPending ? <><Spinner label={t('portal.enquiry.sending')} /> {t('portal.enquiry.sending')}</> : t('portal.enquiry.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
