import "server-only";
import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { publicUrl } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { sentence } from "@/lib/i18n/sentences";
import { summaryLine } from "@/lib/domain/status/plain-text";
import { reportAcknowledgementEmail } from "@/lib/mail/status-emails";
import { registerIncident } from "@/lib/server/lifecycle/register-incident";
import { enqueueEmail } from "@/lib/server/mail/enqueue-email";
import { getSettings } from "@/lib/server/settings/get-settings";
import type { PublicReportInput } from "@/lib/validations/status";
import { limitReports } from "./limit-reports";

/** What every sender reads, whatever happened to their report (and what a filled honeypot gets too). */
export const REPORT_RECEIVED = sentence("Thank you: your report has reached the team. Follow the state of the platform on this page.");

/**
 * A visitor without an account reports a problem: counted per address and for everyone, then a ticket in
 * registration (source PUBLIC, unverified until an admin confirms it) through the same path as a signed-in
 * person's report, the admins notified as for any new incident, and one acknowledgement to the reporter's email.
 * The answer is the same whether or not the team already knows of the problem.
 */
export async function submitPublicReport({ input, address, locale, now = new Date() }: { input: PublicReportInput; address: string; locale: Locale; now?: Date }) {
  if (!(await getSettings(prisma)).publicReports) {
    throw new AppError("UNAVAILABLE", "Reporting a problem here is turned off for now. The state of the platform is on the status page.");
  }
  await limitReports(prisma, address, now);
  const service = input.serviceId ? await prisma.statusService.findUnique({ where: { id: input.serviceId }, select: { id: true, name: true } }) : null;
  await prisma.$transaction(async (tx) => {
    const ticket = await registerIncident(
      tx,
      { title: summaryLine(input.description), description: input.description, source: "PUBLIC", urgency: 3, category: null, reporterId: null },
      { kind: "SYSTEM", name: "Status page visitor" },
    );
    await tx.publicReport.create({ data: { ticketId: ticket.id, serviceId: service?.id ?? null, email: input.email, locale } });
    // Not threaded on the ticket: its Message-ID would carry the ticket's id to someone outside the team.
    if (input.email) await enqueueEmail(tx, { kind: "report.acknowledged", to: [input.email], ticketId: null, ...reportAcknowledgementEmail(publicUrl(), locale, { service: service?.name ?? null }) });
  });
  return { message: REPORT_RECEIVED };
}
