using CareerPortal.Web.Data;

namespace CareerPortal.Web.Pages.Careers;

/// <summary>The model of <c>_Pay</c>: a career's figures and the sources they cite.</summary>
public sealed record PayFacts(Career Career, IReadOnlyList<Source> Sources)
{
    public Source? Source(string key) => Sources.FirstOrDefault(s => s.Key == key);
}
