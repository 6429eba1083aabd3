import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { HomePage } from './home/HomePage.tsx';
import { Loading } from './layout/Loading.tsx';
import { NotFound } from './layout/NotFound.tsx';
import { PortalLayout } from './layout/PortalLayout.tsx';

// The form and the look-up load when first opened, so the page a phone opens first stays light.
const SubmitPage = lazy(() => import('./submit/SubmitPage.tsx').then((m) => ({ default: m.SubmitPage })));
const LookupPage = lazy(() => import('./lookup/LookupPage.tsx').then((m) => ({ default: m.LookupPage })));
const ReceptionDaysPage = lazy(() => import('./reception/ReceptionDaysPage.tsx').then((m) => ({ default: m.ReceptionDaysPage })));
const BookingPage = lazy(() => import('./reception/BookingPage.tsx').then((m) => ({ default: m.BookingPage })));
const MyBookingPage = lazy(() => import('./reception/MyBookingPage.tsx').then((m) => ({ default: m.MyBookingPage })));

export function PortalApp() {
  return (
    <Routes>
      <Route element={<PortalLayout />}>
        <Route index element={<HomePage />} />
        <Route
          path="submit"
          element={
            <Suspense fallback={<Loading />}>
              <SubmitPage />
            </Suspense>
          }
        />
        <Route
          path="lookup"
          element={
            <Suspense fallback={<Loading />}>
              <LookupPage />
            </Suspense>
          }
        />
        <Route path="reception" element={<Suspense fallback={<Loading />}><ReceptionDaysPage /></Suspense>} />
        <Route path="reception/book/:id" element={<Suspense fallback={<Loading />}><BookingPage /></Suspense>} />
        <Route path="reception/booking" element={<Suspense fallback={<Loading />}><MyBookingPage /></Suspense>} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
