import { QueryClientProvider } from "@tanstack/react-query";
import { BrowserRouter, Route, Routes } from "react-router";
import { RequireAuth } from "../components/auth/RequireAuth.tsx";
import { can } from "../lib/access.ts";
import { AccountDeletedPage } from "../pages/AccountDeletedPage.tsx";
import { AuditPage } from "../pages/AuditPage.tsx";
import { CandidatesPage } from "../pages/CandidatesPage.tsx";
import { CohortApplyPage } from "../pages/CohortApplyPage.tsx";
import { CohortDetailPage } from "../pages/CohortDetailPage.tsx";
import { CohortListPage } from "../pages/CohortListPage.tsx";
import { CohortNewPage } from "../pages/CohortNewPage.tsx";
import { EligibilityPage } from "../pages/EligibilityPage.tsx";
import { forecastRouteElements } from "../pages/forecast-routes.tsx";
import { HomePage } from "../pages/HomePage.tsx";
import { JobDesignPage } from "../pages/JobDesignPage.tsx";
import { LoginPage } from "../pages/LoginPage.tsx";
import { MePage } from "../pages/MePage.tsx";
import { MyApplicationsPage } from "../pages/MyApplicationsPage.tsx";
import { NotFoundPage } from "../pages/NotFoundPage.tsx";
import { OccupationCatalogPage } from "../pages/OccupationCatalogPage.tsx";
import { ParticipationImportPage } from "../pages/ParticipationImportPage.tsx";
import { PrivacyPage } from "../pages/PrivacyPage.tsx";
import { ProgramDetailPage } from "../pages/ProgramDetailPage.tsx";
import { ProgramListPage } from "../pages/ProgramListPage.tsx";
import { RecommendationsPage } from "../pages/RecommendationsPage.tsx";
import { ResidentDonePage } from "../pages/ResidentDonePage.tsx";
import { ResidentListPage } from "../pages/ResidentListPage.tsx";
import { ResidentNewPage } from "../pages/ResidentNewPage.tsx";
import { WorkItemDetailPage } from "../pages/WorkItemDetailPage.tsx";
import { WorkItemNewPage } from "../pages/WorkItemNewPage.tsx";
import { WorkItemSearchPage } from "../pages/WorkItemSearchPage.tsx";
import { AuthProvider } from "./AuthProvider.tsx";
import { Layout } from "./Layout.tsx";
import { queryClient } from "./query-client.ts";

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<HomePage />} />
              <Route path="login" element={<LoginPage />} />
              <Route path="work-items" element={<WorkItemSearchPage />} />
              <Route path="work-items/:id" element={<WorkItemDetailPage />} />
              <Route path="residents/new" element={<ResidentNewPage />} />
              <Route path="residents/new/done" element={<ResidentDonePage />} />
              <Route
                path="residents"
                element={
                  <RequireAuth allow={(user) => can(user, "residents.list")}>
                    <ResidentListPage />
                  </RequireAuth>
                }
              />
              <Route
                path="organizations/work-items/new"
                element={
                  <RequireAuth allow={(user) => can(user, "work_items.create")}>
                    <WorkItemNewPage />
                  </RequireAuth>
                }
              />
              <Route
                path="participations/import"
                element={
                  <RequireAuth allow={(user) => can(user, "participations.import")}>
                    <ParticipationImportPage />
                  </RequireAuth>
                }
              />
              <Route
                path="audit"
                element={
                  <RequireAuth allow={(user) => can(user, "audit.search")}>
                    <AuditPage />
                  </RequireAuth>
                }
              />
              <Route
                path="me"
                element={
                  <RequireAuth allow={(user) => user.role === "resident"}>
                    <MePage />
                  </RequireAuth>
                }
              />
              <Route path="cohorts" element={<CohortListPage />} />
              <Route
                path="cohorts/new"
                element={
                  <RequireAuth allow={(user) => can(user, "cohorts.manage")}>
                    <CohortNewPage />
                  </RequireAuth>
                }
              />
              <Route path="cohorts/:id" element={<CohortDetailPage />} />
              <Route
                path="cohorts/:id/apply"
                element={
                  <RequireAuth allow={(user) => user.role === "resident"}>
                    <CohortApplyPage />
                  </RequireAuth>
                }
              />
              <Route
                path="me/applications"
                element={
                  <RequireAuth allow={(user) => user.role === "resident"}>
                    <MyApplicationsPage />
                  </RequireAuth>
                }
              />
              <Route
                path="me/recommendations"
                element={
                  <RequireAuth allow={(user) => user.role === "resident"}>
                    <RecommendationsPage own />
                  </RequireAuth>
                }
              />
              <Route
                path="residents/:id/recommendations"
                element={
                  <RequireAuth allow={(user) => can(user, "recommendations.read")}>
                    <RecommendationsPage />
                  </RequireAuth>
                }
              />
              <Route
                path="work-items/:id/candidates"
                element={
                  <RequireAuth allow={(user) => can(user, "candidates.read")}>
                    <CandidatesPage />
                  </RequireAuth>
                }
              />
              <Route path="eligibility" element={<EligibilityPage />} />
              <Route path="programs" element={<ProgramListPage />} />
              <Route path="programs/:code" element={<ProgramDetailPage />} />
              <Route path="forecasts" element={forecastRouteElements.home} />
              <Route path="forecasts/map" element={forecastRouteElements.map} />
              <Route path="forecasts/compare" element={forecastRouteElements.compare} />
              <Route path="forecasts/:regionCode" element={forecastRouteElements.region} />
              <Route
                path="job-design"
                element={
                  <RequireAuth allow={(user) => can(user, "job_design.read")}>
                    <JobDesignPage />
                  </RequireAuth>
                }
              />
              <Route path="occupations" element={<OccupationCatalogPage />} />
              <Route path="privacy" element={<PrivacyPage />} />
              <Route path="account-deleted" element={<AccountDeletedPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </AuthProvider>
    </QueryClientProvider>
  );
}
