using CareerPortal.Tests.Infrastructure;
using CareerPortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Tests.Seo;

[Collection(SeoSitesDefinition.Name)]
public sealed class StructuredDataTests(SeoSites sites)
{
    [Fact]
    public async Task A_career_path_is_an_occupation_with_its_code_experience_certifications_and_skills()
    {
        using var client = sites.Fixture.CreateClient();
        var page = await client.GetDocumentAsync("/careers/test-analyst");

        var occupation = JsonLdScripts.OfType(page, "Occupation");

        Assert.Equal("Test Analyst", occupation.Text("name"));
        Assert.StartsWith("The test analyst career path", occupation.Text("description"), StringComparison.Ordinal);
        Assert.Equal("https://careers.example.org/careers/test-analyst", occupation.Text("url"));
        var category = occupation.GetProperty("occupationalCategory");
        Assert.Equal("CategoryCode", category.Text("@type"));
        Assert.Equal("15-1253.00", category.Text("codeValue"));
        Assert.Equal("CategoryCodeSet", category.GetProperty("inCodeSet").Text("@type"));
        Assert.Equal("O*NET-SOC", category.GetProperty("inCodeSet").Text("name"));
        var experience = occupation.Items("experienceRequirements");
        Assert.All(experience, e => Assert.Equal("OccupationalExperienceRequirements", e.Text("@type")));
        Assert.Equal([0, 36, 72], experience.Select(e => e.GetProperty("monthsOfExperience").GetInt32()));
        Assert.Equal(["Junior Test Analyst", "Test Analyst", "Senior Test Analyst"], experience.Select(e => e.Text("name")));
        var qualification = Assert.Single(occupation.Items("qualifications"));
        Assert.Equal("EducationalOccupationalCredential", qualification.Text("@type"));
        Assert.Equal("ISTQB FL", qualification.Text("alternateName"));
        Assert.Equal("certification", qualification.Text("credentialCategory"));
        Assert.Equal("https://careers.example.org/certifications/istqb-fl", qualification.Text("url"));
        Assert.Equal(["Defect triage", "Patience", "Test design"], occupation.Items("skills").Select(s => s.Text("name")).Order());
        Assert.All(occupation.Items("skills"), s => Assert.Equal("DefinedTerm", s.Text("@type")));
    }

    [Fact]
    public async Task The_it_project_manager_occupation_uses_its_onet_code_and_every_certification_its_levels_name()
    {
        using var client = sites.Real.CreateClient();
        var page = await client.GetDocumentAsync("/careers/it-project-manager");

        var occupation = JsonLdScripts.OfType(page, "Occupation");

        Assert.Equal("15-1299.09", occupation.GetProperty("occupationalCategory").Text("codeValue"));
        var months = occupation.Items("experienceRequirements")
            .Select(e => e.TryGetProperty("monthsOfExperience", out var m) ? m.GetInt32() : (int?)null);
        Assert.Equal([0, 24, 48, 84, null], months);
        await using var db = sites.Real.NewDb();
        var expected = await db.CareerLevelCertifications.Where(c => c.CareerLevel.Career.Slug == "it-project-manager")
            .Select(c => c.Certification.Abbreviation).Distinct().ToListAsync();
        Assert.Equal(expected.Order(), occupation.Items("qualifications").Select(q => q.Text("alternateName")).Order());
    }

    [Fact]
    public async Task A_certification_is_a_credential_recognized_by_its_issuer_with_its_prerequisites()
    {
        using var client = sites.Fixture.CreateClient();
        var page = await client.GetDocumentAsync("/certifications/istqb-fl");

        var credential = JsonLdScripts.OfType(page, "EducationalOccupationalCredential");

        Assert.Equal("ISTQB Foundation Level", credential.Text("name"));
        Assert.Equal("ISTQB FL", credential.Text("alternateName"));
        Assert.Equal("certification", credential.Text("credentialCategory"));
        Assert.Equal("Organization", credential.GetProperty("recognizedBy").Text("@type"));
        Assert.Equal("ISTQB", credential.GetProperty("recognizedBy").Text("name"));
        Assert.Equal("None.", credential.Text("competencyRequired"));
        Assert.Equal("https://careers.example.org/certifications/istqb-fl", credential.Text("url"));
    }

    [Fact]
    public async Task A_credential_with_no_known_issuer_names_no_organization()
    {
        using var site = new TestApp();
        await using (var db = site.NewDb())
        {
            await db.Certifications.Where(c => c.Slug == "istqb-fl").ExecuteUpdateAsync(c => c.SetProperty(x => x.Issuer, (string?)null));
        }
        using var client = site.CreateClient();

        var credential = JsonLdScripts.OfType(await client.GetDocumentAsync("/certifications/istqb-fl"), "EducationalOccupationalCredential");

        Assert.False(credential.TryGetProperty("recognizedBy", out _));
    }

    [Fact]
    public async Task Breadcrumbs_run_from_home_to_the_page_itself_with_absolute_urls()
    {
        using var client = sites.Fixture.CreateClient();
        var page = await client.GetDocumentAsync("/careers/test-analyst/levels/mid");

        var crumbs = JsonLdScripts.OfType(page, "BreadcrumbList").Items("itemListElement");

        Assert.Equal([1, 2, 3, 4], crumbs.Select(c => c.GetProperty("position").GetInt32()));
        Assert.All(crumbs, c => Assert.Equal("ListItem", c.Text("@type")));
        Assert.Equal(
            ["https://careers.example.org/", "https://careers.example.org/careers", "https://careers.example.org/careers/test-analyst",
                "https://careers.example.org/careers/test-analyst/levels/mid"],
            crumbs.Select(c => c.Text("item")));
        Assert.Equal("Home", crumbs[0].Text("name"));
    }

    [Fact]
    public async Task The_home_page_describes_the_web_site_and_has_no_breadcrumbs()
    {
        using var client = sites.Fixture.CreateClient();
        var page = await client.GetDocumentAsync("/");

        var website = JsonLdScripts.OfType(page, "WebSite");

        Assert.Equal("CareerPortal", website.Text("name"));
        Assert.Equal("https://careers.example.org/", website.Text("url"));
        var search = website.GetProperty("potentialAction");
        Assert.Equal("SearchAction", search.Text("@type"));
        var template = search.GetProperty("target").Text("urlTemplate");
        Assert.Equal("https://careers.example.org/search?q={search_term_string}", template);
        Assert.Equal("required name=search_term_string", search.Text("query-input"));
        // The template really is the site search: filled in, it answers with results.
        Assert.Contains("Test Analyst", await client.GetStringAsync(template.Replace("{search_term_string}", "analyst", StringComparison.Ordinal)));
        Assert.DoesNotContain(JsonLdScripts.Parse(page), item => item.Text("@type") == "BreadcrumbList");
    }

    /// <summary>Text from the database goes into JSON inside a script element: a title holding
    /// "&lt;/script&gt;" must neither end that element nor start a new script.</summary>
    [Fact]
    public async Task Data_holding_a_closing_script_tag_stays_inside_the_json()
    {
        const string Hostile = "Breaker </script><script>alert('x')</script> & <!-- co";
        using var site = new TestApp();
        await using (var db = site.NewDb())
        {
            var level = await db.Levels.SingleAsync(l => l.Slug == "entry");
            db.Certifications.Add(new Certification { Slug = "breaker", Abbreviation = "</script>", Name = Hostile, Issuer = Hostile, Summary = Hostile, Level = level });
            var career = new Career { Slug = "breaker", Title = Hostile, Summary = Hostile, Description = Hostile, Responsibilities = [Hostile] };
            db.Careers.Add(career);
            await db.SaveChangesAsync();
        }
        using var client = site.CreateClient();

        foreach (var (path, type) in new[] { ("/certifications/breaker", "EducationalOccupationalCredential"), ("/careers/breaker", "Occupation") })
        {
            var html = await client.GetStringAsync(path);
            var page = await client.GetDocumentAsync(path);

            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.All(page.QuerySelectorAll("script"), script => Assert.Equal("application/ld+json", script.GetAttribute("type")));
            var thing = JsonLdScripts.OfType(page, type);
            Assert.Equal(Hostile, thing.Text("name"));
            Assert.Equal(Hostile, thing.Text("description"));
            Assert.Equal(Hostile, JsonLdScripts.OfType(page, "BreadcrumbList").Items("itemListElement")[^1].Text("name")[..Hostile.Length]);
        }
    }
}
