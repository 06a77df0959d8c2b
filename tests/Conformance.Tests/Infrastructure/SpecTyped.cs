using System;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Calls a generated operation with the values the spec's types call for, through reflection, for the operations
/// whose generated signature does not (yet) have those types (e.g. a <c>date-time-rfc1123</c> generated as string).
/// The test compiles whatever the signature is; a mismatch fails the scenario at run time, saying which type was
/// expected; once the generator is fixed, the same test passes unchanged.
/// </summary>
internal static class SpecTyped
{
    /// <summary>Calls <paramref name="operation"/> (a method of <paramref name="client"/>) and returns its result (null for a Task).</summary>
    public static async Task<object?> CallAsync(object client, string operation, params object?[] arguments)
    {
        var method = client.GetType().GetMethods(BindingFlags.Public | BindingFlags.Instance).SingleOrDefault(m => m.Name == operation)
            ?? throw new MissingMethodException(client.GetType().Name, operation);
        var parameters = method.GetParameters();
        var values = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].ParameterType == typeof(CancellationToken))
            {
                values[i] = CancellationToken.None;
            }
            else if (i < arguments.Length)
            {
                var argument = arguments[i];
                if (argument is not null && !parameters[i].ParameterType.IsInstanceOfType(argument))
                {
                    throw new SpecTypeMismatchException(
                        $"{operation} takes {parameters[i].Name} as {TypeName(parameters[i].ParameterType)}, where the spec calls for {TypeName(argument.GetType())}");
                }

                values[i] = argument;
            }
            else
            {
                values[i] = parameters[i].HasDefaultValue ? parameters[i].DefaultValue : null;
            }
        }

        var task = (Task)method.Invoke(client, values)!;
        await task.ConfigureAwait(false);
        return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result")!.GetValue(task) : null;
    }

    /// <summary>
    /// Sets <paramref name="property"/> of a model the test built to the value the spec calls for, through reflection,
    /// for the properties whose generated type does not (yet) take it: a <c>date-time-rfc1123</c> generated as string,
    /// or a list of a polymorphic base that cannot hold the derived values. A list is given as its items; each must fit
    /// the list's item type. Returns the same model.
    /// </summary>
    public static T With<T>(this T model, string property, object? value)
        where T : class
    {
        var target = typeof(T).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)
            ?? throw new MissingMemberException(typeof(T).Name, property);
        if (value is object[] items && ItemType(target.PropertyType) is { } itemType)
        {
            var list = Array.CreateInstance(itemType, items.Length);
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is not null && !itemType.IsInstanceOfType(items[i]))
                {
                    throw new SpecTypeMismatchException(
                        $"{typeof(T).Name}.{property} holds {TypeName(itemType)}, where the spec calls for {TypeName(items[i]!.GetType())}");
                }

                list.SetValue(items[i], i);
            }

            value = list;
        }
        else if (value is not null && !target.PropertyType.IsInstanceOfType(value))
        {
            throw new SpecTypeMismatchException(
                $"{typeof(T).Name}.{property} is {TypeName(target.PropertyType)}, where the spec calls for {TypeName(value.GetType())}");
        }

        target.SetValue(model, value);
        return model;
    }

    private static Type? ItemType(Type listType) =>
        listType.IsGenericType && listType.GetGenericArguments() is [var item] && listType.IsAssignableFrom(item.MakeArrayType()) ? item : null;

    /// <summary>Fails unless <paramref name="value"/> is a <typeparamref name="T"/>, saying what it is instead.</summary>
    public static T ShouldBeOfSpecType<T>(this object? value)
    {
        if (value is T typed)
        {
            return typed;
        }

        throw new SpecTypeMismatchException(
            $"the generated client returned {(value is null ? "null" : TypeName(value.GetType()))} ({value}) where the spec calls for {TypeName(typeof(T))}");
    }

    private static string TypeName(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">"
        : type.Name;
}

/// <summary>A generated signature does not use the type the spec calls for.</summary>
public sealed class SpecTypeMismatchException(string message) : Exception(message);
