import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { HomePage } from "../pages/HomePage.tsx";
import { NotFoundPage } from "../pages/NotFoundPage.tsx";
import { PrivacyPage } from "../pages/PrivacyPage.tsx";
import { ResidentDonePage } from "../pages/ResidentDonePage.tsx";
import { ResidentNewPage } from "../pages/ResidentNewPage.tsx";
import { WorkItemDetailPage } from "../pages/WorkItemDetailPage.tsx";
import { WorkItemNewPage } from "../pages/WorkItemNewPage.tsx";
import { WorkItemSearchPage } from "../pages/WorkItemSearchPage.tsx";
import { Layout } from "./Layout.tsx";
import { queryClient } from "./query-client.ts";

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="work-items" element={<WorkItemSearchPage />} />
            <Route path="work-items/:id" element={<WorkItemDetailPage />} />
            <Route path="residents/new" element={<ResidentNewPage />} />
            <Route path="residents/new/done" element={<ResidentDonePage />} />
            <Route path="organizations/work-items/new" element={<WorkItemNewPage />} />
            <Route path="privacy" element={<PrivacyPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
