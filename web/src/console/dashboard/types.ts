// GET /api/v1/dashboard (src/http/routes/dashboard-routes.ts).

export interface DashboardRequestItem {
  readonly id: string;
  readonly trackingCode: string;
  readonly type: string;
  readonly state: string;
  readonly dueOn: string;
}

export interface Dashboard {
  readonly requests: {
    readonly open: number;
    readonly overdue: number;
    readonly dueToday: number;
    readonly dueThisWeek: number;
    readonly items: readonly DashboardRequestItem[];
  };
  readonly consentsWithdrawnThisWeek: number;
  readonly contractorReviewsDue: readonly {
    readonly contractorId: string;
    readonly name: string;
    readonly dueOn: string;
    readonly overdue: boolean;
  }[];
  readonly trainingsDue: readonly {
    readonly courseId: string;
    readonly title: string;
    readonly dueOn: string;
    readonly incompleteCount: number;
  }[];
  readonly incidents: {
    readonly open: number;
    readonly deadlines: readonly {
      readonly incidentId: string;
      readonly report: string;
      readonly dueAt: string;
      readonly overdue: boolean;
    }[];
  };
  readonly complaints: { readonly open: number; readonly overdue: number };
  readonly ledgerReview: {
    readonly year: number;
    readonly confirmed: number;
    readonly total: number;
    readonly overdue: number;
  };
  readonly evidence: {
    readonly lastVerification: { readonly at: string; readonly ok: boolean; readonly entries: number } | null;
  };
}

/** Which of the open requests the list shows: the numbers on the dashboard choose it. */
export type DueFilter = 'open' | 'overdue' | 'today' | 'week';
