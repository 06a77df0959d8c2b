namespace Conformance.Tests.Infrastructure;

/// <summary>
/// All scenario tests share one test server and run one after another: each test compares the server's coverage count
/// for its scenario before and after, which needs no other test hitting the server at the same time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TestServerDefinition : ICollectionFixture<TestServerFixture>
{
    public const string Name = "AutoRest test server";
}
