import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { receiverSnippet, RECEIVER_NAME, TOKEN_PLACEHOLDER, webhookUrl } from "@/lib/domain/alerts/receiver-config";

const code = (chunks: ReactNode) => <code className="font-mono">{chunks}</code>;
// Scrolls sideways on a phone: focusable, so a keyboard can scroll it too.
const block = "block overflow-x-auto whitespace-pre rounded border border-zinc-200 bg-zinc-100 p-2 font-mono text-xs text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100";

/**
 * The webhook URL and a ready alertmanager.yml. Without `token` the snippet holds a placeholder: a token is
 * readable once, at its creation, where this is shown again with it (`idPrefix` keeps both on one page apart).
 */
export function AlertmanagerSetup({ baseUrl, token, idPrefix = "am" }: { baseUrl: string; token?: string; idPrefix?: string }) {
  const t = useTranslations("admin.tokens");
  const url = webhookUrl(baseUrl);
  const snippet = receiverSnippet({ baseUrl, credentials: token ? { token } : undefined });
  return (
    <div className="min-w-0 space-y-3 text-sm">
      <div className="space-y-1">
        <h3 className="font-medium">{t("setup.url")}</h3>
        <code id={`${idPrefix}-url`} data-testid="webhook-url" className={block} tabIndex={0}>{url}</code>
        <CopyButton text={url} targetId={`${idPrefix}-url`} label={t("setup.copyUrl")} />
      </div>
      <div className="space-y-1">
        <h3 className="font-medium">{t("setup.snippet")}</h3>
        <pre id={`${idPrefix}-snippet`} data-testid="alertmanager-snippet" className={block} tabIndex={0}>{snippet}</pre>
        <CopyButton text={snippet} targetId={`${idPrefix}-snippet`} label={t("setup.copySnippet")} />
      </div>
      <p className="text-zinc-700 dark:text-zinc-300">
        {token ? t.rich("setup.withToken", { code }) : t.rich("setup.placeholder", { code, placeholder: TOKEN_PLACEHOLDER })}
      </p>
      <p className="text-zinc-700 dark:text-zinc-300">{t.rich("setup.existingRoute", { code, receiver: RECEIVER_NAME })}</p>
    </div>
  );
}
