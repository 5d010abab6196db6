import { Route, Routes } from 'react-router';
import { QueuePage } from '../requests/QueuePage.tsx';
import { RequestDetailPage } from '../requests/RequestDetailPage.tsx';

/** Requests from individuals: the queue, and one request with its workflow. */
export function RequestsPage() {
  return (
    <Routes>
      <Route index element={<QueuePage />} />
      <Route path=":id" element={<RequestDetailPage />} />
    </Routes>
  );
}
