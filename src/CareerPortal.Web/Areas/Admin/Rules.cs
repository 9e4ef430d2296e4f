using System.Linq.Expressions;
using CareerPortal.Web.Content;
using CareerPortal.Web.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>Validation rules several admin forms share.</summary>
public static class Rules
{
    public const int SlugLength = 120;

    public static IRuleBuilderOptions<T, string> Slug<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty().WithMessage("Enter a slug: the part of the address that names this page.")
        .MaximumLength(SlugLength)
        .Must(ContentValues.IsSlug).WithMessage("Use lower-case letters a-z, digits and single hyphens between them, such as 'risk-management'.");

    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, string what, int maximum) => rule
        .NotEmpty().WithMessage($"Enter {what}.")
        .MaximumLength(maximum).WithMessage($"Keep {what} to {maximum} characters or fewer (you have {{TotalLength}}).");

    public static IRuleBuilderOptions<T, string?> Optional<T>(this IRuleBuilder<T, string?> rule, string what, int maximum) => rule
        .MaximumLength(maximum).WithMessage($"Keep {what} to {maximum} characters or fewer (you have {{TotalLength}}).");

    /// <summary>A one-per-line list: at most <paramref name="count"/> lines of at most <paramref name="length"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> LineList<T>(this IRuleBuilder<T, string?> rule, string what, int count = 50, int length = 300) => rule
        .Must(text => Lines.Split(text).Count <= count).WithMessage($"List at most {count} {what}, one per line.")
        .Must(text => Lines.Split(text).All(line => line.Length <= length)).WithMessage($"Keep each line of {what} to {length} characters or fewer.");

    /// <summary>No other row of <paramref name="rows"/> has this name, ignoring case and spacing
    /// ("Risk management" and "risk  Management" are one name), so two catalog entries never look the same.</summary>
    public static IRuleBuilderOptions<T, string?> UniqueName<T, TRow>(this IRuleBuilder<T, string?> rule, IQueryable<TRow> rows,
        Expression<Func<TRow, string>> name, int? id, string what) where TRow : Entity => rule
        // Compared here, not in SQL: SQLite's lower() folds ASCII only, and a catalog is small.
        .MustAsync(async (value, cancellationToken) => !(await rows.Where(r => r.Id != id).Select(name).ToListAsync(cancellationToken))
            .Any(other => NameKey(other) == NameKey(value)))
        .WithMessage($"Another {what} already has this name (capitals and spaces aside). Edit that one, or choose a different name.");

    /// <summary>A name as compared for uniqueness: single spaces, upper case.</summary>
    public static string NameKey(string? name) =>
        string.Join(' ', (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
