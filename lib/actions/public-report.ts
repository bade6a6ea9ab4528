"use server";

import { publicAction } from "@/lib/server/public-action";
import { REPORT_RECEIVED, submitPublicReport } from "@/lib/server/status/submit-public-report";
import { publicReportSchema } from "@/lib/validations/status";

/** The status page's report form: no session; see publicAction for the guards. */
export const submitPublicReportAction = publicAction({ schema: publicReportSchema, decoy: REPORT_RECEIVED }, (input, { address, locale }) => submitPublicReport({ input, address, locale }));
