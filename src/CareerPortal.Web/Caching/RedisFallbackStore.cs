using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace CareerPortal.Web.Caching;

/// <summary>The shared Redis output cache behind a circuit breaker. While Redis is unreachable
/// (not connected, or an operation failed within the last few seconds) every request uses a local
/// in-memory cache instead, at once: nothing waits for Redis. Local entries live at most
/// <see cref="LocalLifetime"/>, because an eviction on another instance cannot reach them.
/// An eviction that cannot reach Redis never fails the save that asked for it: it is applied
/// locally, queued, logged, and retried every second until Redis takes it; until then Redis is
/// not read, so no page it evicted is served from there.</summary>
internal sealed partial class RedisFallbackStore : IOutputCacheStore, IDisposable
{
    private static readonly TimeSpan OpenFor = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan LocalLifetime = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);

    private readonly IOutputCacheStore _redis;
    private readonly IOutputCacheStore _local;
    private readonly Task<IConnectionMultiplexer> _connection;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, byte> _pendingEvictions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private long _openUntil;
    private int _down;
    private int _retrying;

    private RedisFallbackStore(IOutputCacheStore redis, IOutputCacheStore local, Task<IConnectionMultiplexer> connection, ILogger logger)
    {
        _redis = redis;
        _local = local;
        _connection = connection;
        _logger = logger;
    }

    /// <summary>Puts the output cache on Redis, with the local store that <c>AddOutputCache</c>
    /// registered as the fallback, and readiness reporting which one is in use.</summary>
    public static void Register(IServiceCollection services, string configuration, string instanceName)
    {
        var local = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        var connection = new Lazy<Task<IConnectionMultiplexer>>(() => ConnectAsync(configuration));
        services.AddStackExchangeRedisOutputCache(options =>
        {
            options.InstanceName = instanceName;
            options.ConnectionMultiplexerFactory = () => connection.Value;
        });
        var redis = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.Remove(local);
        services.Remove(redis);
        services.AddSingleton(provider => new RedisFallbackStore(CacheStores.Create(provider, redis), CacheStores.Create(provider, local),
            connection.Value, provider.GetRequiredService<ILogger<RedisFallbackStore>>()));
        services.AddSingleton<IOutputCacheStore>(provider => provider.GetRequiredService<RedisFallbackStore>());
    }

    /// <summary>Short timeouts and no queueing while disconnected: a dead Redis costs a request
    /// nothing (the breaker is open) or at most one timeout (the request that finds it dead).
    /// The connection string's own values for these are overridden.</summary>
    private static async Task<IConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 1000;
        options.SyncTimeout = 1000;
        options.AsyncTimeout = 1000;
        options.ConnectRetry = 1;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new LinearRetry(1000);
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    /// <summary>True while pages are read from and written to Redis.</summary>
    public bool UsingRedis => Connected && Environment.TickCount64 >= Volatile.Read(ref _openUntil) && _pendingEvictions.IsEmpty;

    private bool Connected => _connection.IsCompletedSuccessfully && _connection.Result.IsConnected;

    public int PendingEvictions => _pendingEvictions.Count;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (Usable())
        {
            try
            {
                var value = await _redis.GetAsync(key, cancellationToken);
                Recovered();
                return value;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Trip(e);
            }
        }
        return await _local.GetAsync(key, cancellationToken);
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (Usable())
        {
            try
            {
                await _redis.SetAsync(key, value, tags, validFor, cancellationToken);
                Recovered();
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Trip(e);
            }
        }
        await _local.SetAsync(key, value, tags, validFor < LocalLifetime ? validFor : LocalLifetime, cancellationToken);
    }

    /// <summary>Never throws for Redis: the caller's change is saved already.</summary>
    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        await _local.EvictByTagAsync(tag, CancellationToken.None);
        if (Usable())
        {
            try
            {
                // Not cancelled with the request: the change it follows is committed.
                await _redis.EvictByTagAsync(tag, CancellationToken.None);
                Recovered();
                return;
            }
            catch (Exception e)
            {
                Trip(e);
            }
        }
        _pendingEvictions[tag] = 0;
        LogEvictionQueued(_logger, tag);
        StartRetrying();
    }

    private bool Usable()
    {
        if (UsingRedis)
        {
            return true;
        }
        if (!Connected && Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogDown(_logger, "not connected");
        }
        return false;
    }

    private void Trip(Exception error)
    {
        Volatile.Write(ref _openUntil, Environment.TickCount64 + (long)OpenFor.TotalMilliseconds);
        if (Interlocked.Exchange(ref _down, 1) == 0)
        {
            LogDown(_logger, error.Message);
        }
    }

    private void Recovered()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
        {
            LogBack(_logger);
        }
    }

    private void StartRetrying()
    {
        if (Interlocked.Exchange(ref _retrying, 1) == 0)
        {
            _ = Task.Run(RetryEvictionsAsync);
        }
    }

    private async Task RetryEvictionsAsync()
    {
        try
        {
            while (!_pendingEvictions.IsEmpty)
            {
                await Task.Delay(RetryEvery, _stopping.Token);
                if (!Connected || Environment.TickCount64 < Volatile.Read(ref _openUntil))
                {
                    continue;
                }
                foreach (var tag in _pendingEvictions.Keys)
                {
                    try
                    {
                        await _redis.EvictByTagAsync(tag, _stopping.Token);
                        _pendingEvictions.TryRemove(tag, out _);
                        LogEvictionApplied(_logger, tag);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        Trip(e);
                        break;
                    }
                }
            }
            Recovered();
        }
        catch (OperationCanceledException)
        {
            // Shutting down: Redis entries expire by themselves.
        }
        finally
        {
            Volatile.Write(ref _retrying, 0);
            if (!_pendingEvictions.IsEmpty && !_stopping.IsCancellationRequested)
            {
                StartRetrying();
            }
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        (_redis as IDisposable)?.Dispose();
        if (_connection.IsCompletedSuccessfully)
        {
            _connection.Result.Dispose();
        }
        _stopping.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis output cache unreachable ({Reason}): pages are cached on this instance only until it is back")]
    private static partial void LogDown(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis output cache is back")]
    private static partial void LogBack(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Eviction of cached pages tagged {Tag} could not reach Redis: queued, retried every second")]
    private static partial void LogEvictionQueued(ILogger logger, string tag);

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued eviction of cached pages tagged {Tag} applied in Redis")]
    private static partial void LogEvictionApplied(ILogger logger, string tag);

    /// <summary>Degraded, not unhealthy: the instance still answers at full speed from its local
    /// cache, and Redis is shared, so taking instances out of a balancer would only turn a slower
    /// cache into an outage. Monitoring sees the word "Degraded"; the status stays 200.</summary>
    internal sealed class Check(RedisFallbackStore store) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(store.UsingRedis
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Degraded(store.PendingEvictions > 0
                    ? $"Redis unreachable or catching up: {store.PendingEvictions} evictions queued"
                    : "Redis unreachable: pages cached per instance"));
    }
}
