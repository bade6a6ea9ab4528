import type { Metadata } from "next";
import { ReportIncidentForm } from "@/components/lifecycle/report-incident-form";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "Report an incident" };

/** Step 1 by hand: anyone signed in, the SOC included. */
export default async function ReportIncidentPage() {
  await requireActor();
  return (
    <>
      <PageHeader title="Report an incident" description="The admins are emailed at once; they classify and assign it." />
      <ReportIncidentForm />
    </>
  );
}
