using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PartnerCenter.Licenses.Models;

namespace PartnerCenter.Licenses.Client.Tests;

/// <summary>Code that takes IPartnerCenterClient can be tested with a stub, fluent calls included.</summary>
public sealed class MockingTests
{
    private sealed class StubClient : IPartnerCenterClient
    {
        public Guid? RequestedCustomer { get; private set; }

        public Task<CustomerLicensesUsageInsightsCollection> GetCustomerLicensesUsageAsync(Guid customerId, CancellationToken cancellationToken = default)
        {
            RequestedCustomer = customerId;
            return Task.FromResult(new CustomerLicensesUsageInsightsCollection { TotalCount = 0, Items = Array.Empty<CustomerLicensesUsageInsights>() });
        }

        public async Task<PartnerCenterResponse<CustomerLicensesUsageInsightsCollection>> GetCustomerLicensesUsageWithResponseAsync(Guid customerId, CancellationToken cancellationToken = default)
            => new(200, Headers("MS-RequestId", "stub-request"), Headers(), await GetCustomerLicensesUsageAsync(customerId, cancellationToken));

        public PartnerCenterPageable<CustomerLicensesUsageInsights> GetCustomerLicensesUsageAllAsync(Guid customerId, CancellationToken cancellationToken = default)
        {
            RequestedCustomer = customerId;
            return PartnerCenterPageable<CustomerLicensesUsageInsights>.FromPages(new[]
            {
                new PartnerCenterPage<CustomerLicensesUsageInsights>(new[] { new CustomerLicensesUsageInsights { ProductName = "A" } }, "next", 200, Headers()),
                new PartnerCenterPage<CustomerLicensesUsageInsights>(new[] { new CustomerLicensesUsageInsights { ProductName = "B" } }, null, 200, Headers()),
            });
        }

        private static Dictionary<string, IReadOnlyList<string>> Headers(params string[] nameThenValue)
        {
            var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i + 1 < nameThenValue.Length; i += 2)
            {
                headers[nameThenValue[i]] = new[] { nameThenValue[i + 1] };
            }

            return headers;
        }
    }

    [Fact]
    public async Task The_fluent_path_on_the_interface_calls_the_stubbed_operation()
    {
        var stub = new StubClient();
        IPartnerCenterClient client = stub;
        var customerId = Guid.NewGuid();

        var usage = await client.Customers.ById(customerId).Analytics.Licenses.Usage.GetAsync();

        stub.RequestedCustomer.ShouldBe(customerId);
        usage.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Pages_and_responses_can_be_stubbed_through_the_fluent_path()
    {
        var stub = new StubClient();
        IPartnerCenterClient client = stub;
        var customerId = Guid.NewGuid();
        var usage = client.Customers.ById(customerId).Analytics.Licenses.Usage;

        var names = new List<string?>();
        await foreach (var item in usage.GetAllAsync())
        {
            names.Add(item.ProductName);
        }

        var pages = new List<string?>();
        await foreach (var page in usage.GetAllAsync().AsPages())
        {
            pages.Add(page.ContinuationToken);
        }

        var response = await usage.GetWithResponseAsync();

        stub.RequestedCustomer.ShouldBe(customerId);
        names.ShouldBe(new[] { "A", "B" });
        pages.ShouldBe(new[] { "next", null });
        response.Status.ShouldBe(200);
        response.RequestId.ShouldBe("stub-request");
        response.Value.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_client_built_for_mocking_says_so_when_an_operation_is_not_overridden()
    {
        var client = new MockableClient();

        var ex = await Should.ThrowAsync<InvalidOperationException>(() => client.GetCustomerLicensesUsageAsync(Guid.NewGuid()));

        ex.Message.ShouldContain("mocking");
    }

    private sealed class MockableClient : PartnerCenterClient
    {
    }
}
