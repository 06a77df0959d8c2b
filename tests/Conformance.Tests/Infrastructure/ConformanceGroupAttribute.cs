using System;

namespace Conformance.Tests.Infrastructure;

/// <summary>The test server's group (its Swagger file's name) that a test class covers.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ConformanceGroupAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
