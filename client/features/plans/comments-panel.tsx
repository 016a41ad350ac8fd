/**
 * Review comments pinned to points of a revision, listed beside the map: pin one (click the map),
 * reply, mark a thread resolved or open again. Planners and officers write; admin reads.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CommentThread } from '../../../shared/schemas/plans.ts';
import { useTRPC } from '../../app/trpc.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import type { Language } from '../../i18n/languages.ts';
import { numberLocale } from '../../i18n/languages.ts';
import { PanelState } from './balance-panel.tsx';

function formatInstant(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(numberLocale[language], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));
}

export function CommentsPanel({ revisionId, canWrite, pinning, pendingPin, focused, onStartPin, onCancelPin, onPinned, onFly, language }: {
  revisionId: string;
  canWrite: boolean;
  pinning: boolean;
  pendingPin: [number, number] | undefined;
  focused: string | undefined;
  onStartPin: () => void;
  onCancelPin: () => void;
  onPinned: () => void;
  onFly: (point: [number, number]) => void;
  language: Language;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [showResolved, setShowResolved] = useState(true);
  const threads = useQuery(trpc.plans.comments.list.queryOptions({ revisionId }));
  const refresh = () => queryClient.invalidateQueries(trpc.plans.comments.list.queryFilter({ revisionId }));
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const add = useMutation(trpc.plans.comments.add.mutationOptions({
    onSuccess: async () => {
      setText('');
      onPinned();
      await refresh();
    },
    onError: (failure) => setError(errorMessage(failure)),
  }));

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    if (!pendingPin) return;
    if (!text.trim()) {
      setError(t('plans.comments.empty'));
      return;
    }
    add.mutate({ revisionId, lon: pendingPin[0], lat: pendingPin[1], text: text.trim() });
  };

  const list = (threads.data ?? []).filter((thread) => showResolved || !thread.resolved);
  return (
    <section className="comments" aria-labelledby="comments-title">
      <div className="plans-panel__head">
        <h2 id="comments-title" className="plans-panel__title">{t('plans.comments.title')}</h2>
        {canWrite && !pendingPin && (
          pinning
            ? <button type="button" className="button button--small" onClick={onCancelPin}>{t('plans.comments.cancel')}</button>
            : <button type="button" className="button button--small button--primary" onClick={onStartPin}>{t('plans.comments.pin')}</button>
        )}
      </div>
      {pinning && <p className="plans-panel__hint" role="status">{t('plans.comments.pinHint')}</p>}
      {canWrite && pendingPin && (
        <form className="comments__new" onSubmit={onAdd} noValidate>
          <label className="field__label" htmlFor="comment-text">{t('plans.comments.newAt', { lon: pendingPin[0].toFixed(5), lat: pendingPin[1].toFixed(5) })}</label>
          <textarea id="comment-text" name="text" className="input" rows={3} maxLength={4000} value={text} onChange={(event) => setText(event.target.value)} aria-invalid={error ? true : undefined} />
          {error && <p className="field__error" role="alert">{error}</p>}
          <div className="comments__actions">
            <button type="submit" className="button button--primary button--small" disabled={add.isPending}>{t('plans.comments.save')}</button>
            <button type="button" className="button button--small" onClick={onCancelPin}>{t('plans.comments.cancel')}</button>
          </div>
        </form>
      )}
      {!canWrite && <p className="plans-panel__hint">{t('plans.comments.readOnly')}</p>}
      <label className="comments__filter">
        <input type="checkbox" checked={showResolved} onChange={(event) => setShowResolved(event.target.checked)} />
        {t('plans.comments.showResolved')}
      </label>
      {threads.data ? (
        list.length === 0 ? <p className="plans-panel__empty">{t('plans.comments.none')}</p> : (
          <ol className="comments__list">
            {list.map((thread) => (
              <CommentItem key={thread.id} thread={thread} canWrite={canWrite} focused={thread.id === focused} onFly={onFly} onChanged={refresh} language={language} />
            ))}
          </ol>
        )
      ) : (
        <PanelState pending={threads.isPending} error={threads.error} onRetry={() => void threads.refetch()} />
      )}
    </section>
  );
}

function CommentItem({ thread, canWrite, focused, onFly, onChanged, language }: {
  thread: CommentThread;
  canWrite: boolean;
  focused: boolean;
  onFly: (point: [number, number]) => void;
  onChanged: () => Promise<void>;
  language: Language;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const ref = useRef<HTMLLIElement>(null);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | undefined>();
  const replyMutation = useMutation(trpc.plans.comments.reply.mutationOptions({
    onSuccess: async () => { setReply(''); await onChanged(); },
    onError: (failure) => setError(errorMessage(failure)),
  }));
  const resolveMutation = useMutation(trpc.plans.comments.resolve.mutationOptions({
    onSuccess: () => onChanged(),
    onError: (failure) => setError(errorMessage(failure)),
  }));
  useEffect(() => {
    if (focused) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  return (
    <li ref={ref} className={`comment${thread.resolved ? ' comment--resolved' : ''}${focused ? ' comment--focused' : ''}`} data-comment={thread.id}>
      <div className="comment__head">
        <span className="comment__author">{thread.authorUsername ?? t('values.empty')}</span>
        <span className="comment__time">{formatInstant(thread.createdAt, language)}</span>
        {thread.resolved && <span className="comment__resolved">{t('plans.comments.resolved')}</span>}
      </div>
      <p className="comment__text">{thread.text}</p>
      {thread.replies.length > 0 && (
        <ol className="comment__replies">
          {thread.replies.map((entry) => (
            <li key={entry.id} className="comment__reply">
              <span className="comment__author">{entry.authorUsername ?? t('values.empty')}</span>
              <span className="comment__time">{formatInstant(entry.createdAt, language)}</span>
              <p className="comment__text">{entry.text}</p>
            </li>
          ))}
        </ol>
      )}
      <div className="comment__actions">
        <button type="button" className="button button--small" onClick={() => onFly([thread.lon, thread.lat])}>{t('plans.comments.show')}</button>
        {canWrite && (
          <button type="button" className="button button--small" disabled={resolveMutation.isPending} onClick={() => resolveMutation.mutate({ commentId: thread.id, resolved: !thread.resolved })}>
            {thread.resolved ? t('plans.comments.reopen') : t('plans.comments.resolve')}
          </button>
        )}
      </div>
      {canWrite && (
        <form
          className="comment__reply-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setError(undefined);
            if (!reply.trim()) { setError(t('plans.comments.empty')); return; }
            replyMutation.mutate({ commentId: thread.id, text: reply.trim() });
          }}
        >
          <label className="visually-hidden" htmlFor={`reply-${thread.id}`}>{t('plans.comments.reply')}</label>
          <input id={`reply-${thread.id}`} className="input" value={reply} onChange={(event) => setReply(event.target.value)} placeholder={t('plans.comments.replyPlaceholder')} maxLength={4000} />
          <button type="submit" className="button button--small" disabled={replyMutation.isPending}>{t('plans.comments.reply')}</button>
        </form>
      )}
      {error && <p className="field__error" role="alert">{error}</p>}
    </li>
  );
}
