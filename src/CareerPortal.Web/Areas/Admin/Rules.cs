using CareerPortal.Web.Content;
using FluentValidation;

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
}
