import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ServiceLogo } from "./ServiceLogo.tsx";

const SOURCES = ["mois", "kosis", "spatial", "kordi"] as const;

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <div className="site-footer__brand">
          <ServiceLogo />
          <p className="site-footer__name">{t("app.name")}</p>
        </div>
        <p className="site-footer__about">{t("footer.about")}</p>
        <ul className="site-footer__links">
          <li>
            <Link to="/privacy" className="site-footer__privacy">
              {t("footer.privacy")}
            </Link>
          </li>
          <li>
            <a href="/api/docs">{t("footer.apiDocs")}</a>
          </li>
        </ul>
        <section className="site-footer__sources" aria-labelledby="footer-sources">
          <h2 id="footer-sources" className="site-footer__heading">
            {t("footer.sourcesTitle")}
          </h2>
          <ul>
            {SOURCES.map((key) => (
              <li key={key}>{t(`footer.sources.${key}`)}</li>
            ))}
          </ul>
          <p>{t("footer.sourcesNote")}</p>
        </section>
        <p className="site-footer__synthetic">{t("footer.synthetic")}</p>
        <p className="site-footer__licence">{t("footer.licence")}</p>
      </div>
    </footer>
  );
}
