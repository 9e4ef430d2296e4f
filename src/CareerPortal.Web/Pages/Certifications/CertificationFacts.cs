using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages.Certifications;

/// <summary>The model of <c>_Facts</c>: a certification and the abbreviations of the others, which
/// its eligibility routes may name ("or the CAPM").</summary>
public sealed record CertificationFacts(Certification Certification, IReadOnlyDictionary<string, string> Names);
