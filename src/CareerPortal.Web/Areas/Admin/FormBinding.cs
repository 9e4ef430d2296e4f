using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CareerPortal.Web.Areas.Admin;

/// <summary>How the admin forms' values are read: a field left empty stays "" (the validator
/// then says what to enter), and a value that cannot be read at all (letters in a number, an
/// option that is not in the list) is named in the editor's words with the field's label, never
/// as the framework's "The value 'x' is invalid.".</summary>
public sealed class FormBinding : IBindingMetadataProvider, IDisplayMetadataProvider
{
    private static readonly string Namespace = typeof(FormBinding).Namespace!;

    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsAdminField(context.Key) && context.Key.ModelType == typeof(string))
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsAdminField(context.Key))
        {
            return;
        }
        var label = context.Key.PropertyInfo?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? context.Key.Name!;
        var message = Message(label, context.Key.Name!, Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType);
        var messages = new DefaultModelBindingMessageProvider(context.BindingMetadata.ModelBindingMessageProvider ?? new DefaultModelBindingMessageProvider());
        messages.SetAttemptedValueIsInvalidAccessor((_, _) => message);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => message);
        messages.SetUnknownValueIsInvalidAccessor(_ => message);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => message);
        messages.SetValueIsInvalidAccessor(_ => message);
        messages.SetValueMustBeANumberAccessor(_ => message);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => message);
        messages.SetValueMustNotBeNullAccessor(_ => message);
        messages.SetMissingBindRequiredValueAccessor(_ => message);
        messages.SetMissingKeyOrValueAccessor(() => message);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => message);
        context.BindingMetadata.ModelBindingMessageProvider = messages;
    }

    /// <summary>What to do about a value of this field that could not be read.</summary>
    public static string Message(string label, string property, Type type) => type switch
    {
        _ when type == typeof(Guid) => "This form was damaged on its way (a hidden field is unreadable): reload the page and make your change again.",
        _ when type.IsEnum || (type == typeof(int) && property.EndsWith("Id", StringComparison.Ordinal)) => $"{label}: choose one of the options in the list.",
        _ when type == typeof(int) || type == typeof(long) => $"{label}: enter a whole number, such as 3.",
        _ when type == typeof(bool) => $"{label}: tick the box or leave it empty.",
        _ => $"{label}: this value could not be read. Enter it again.",
    };

    private static bool IsAdminField(ModelMetadataIdentity key) =>
        key.MetadataKind == ModelMetadataKind.Property && key.ContainerType?.Namespace?.StartsWith(Namespace, StringComparison.Ordinal) == true;

    /// <summary>Validates a form's input: empty slugs are made from their names first, then the
    /// errors go on the fields (<see cref="AddErrors"/>); a slug empty because its name is empty
    /// gets no message of its own, the name's says it all.</summary>
    public static async Task<bool> ValidateAsync<T>(ModelStateDictionary modelState, FluentValidation.IValidator<T> validator, T input,
        CancellationToken cancellationToken, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(input);
        var emptySlugs = SlugFromAttribute.Fill(input);
        var valid = AddErrors(modelState, await validator.ValidateAsync(input, cancellationToken), prefix);
        foreach (var slug in emptySlugs)
        {
            modelState.Remove(prefix.Length == 0 ? slug : $"{prefix}.{slug}");
        }
        return valid || modelState.IsValid;
    }

    /// <summary>Puts a validator's errors on the form's fields, one message per field: the first
    /// rule a field breaks, and none for a field whose value could not even be read.</summary>
    public static bool AddErrors(ModelStateDictionary modelState, FluentValidation.Results.ValidationResult result, string prefix = "Input")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var field in result.Errors.GroupBy(e => e.PropertyName))
        {
            if (field.Key.Length == 0)
            {
                foreach (var message in field.Select(e => e.ErrorMessage).Distinct())
                {
                    modelState.AddModelError("", message);
                }
                continue;
            }
            var key = prefix.Length == 0 ? field.Key : $"{prefix}.{field.Key}";
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }
            modelState.AddModelError(key, field.First().ErrorMessage);
        }
        return modelState.IsValid;
    }
}
