# Two images from one file (docker-compose.yml picks them by target):
#   docker build --target web      -t careerportal-web .        the site
#   docker build --target migrator -t careerportal-migrator .   applies the SQL Server migrations, then exits

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone, so editing code does not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props dotnet-tools.json .editorconfig ./
COPY src/CareerPortal.Web/CareerPortal.Web.csproj src/CareerPortal.Web/
RUN dotnet restore src/CareerPortal.Web/CareerPortal.Web.csproj \
    && dotnet tool restore
COPY src/ src/
RUN dotnet publish src/CareerPortal.Web/CareerPortal.Web.csproj -c Release -o /app/publish --no-restore

FROM build AS efbundle
# Docker sets TARGETARCH (amd64, arm64); .NET names them x64, arm64.
ARG TARGETARCH
RUN rid="linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64)" \
    && dotnet ef migrations bundle --context SqlServerCareerDb \
        --project src/CareerPortal.Web --startup-project src/CareerPortal.Web \
        --self-contained -r "$rid" -o /app/efbundle

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS migrator
WORKDIR /app
COPY --from=efbundle /app/efbundle ./efbundle
# The bundle unpacks itself before it runs; give it a folder the app user can always write.
ENV DOTNET_BUNDLE_EXTRACT_BASE_DIR=/tmp
USER $APP_UID
# A shell, so the connection string comes from the container's environment at run time,
# never from the image; extra arguments (such as --verbose) are passed on.
ENTRYPOINT ["/bin/sh", "-c", "exec ./efbundle --connection \"$ConnectionStrings__SqlServer\" \"$@\"", "efbundle"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS web
# curl for the health check only: the base image has no HTTP client.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish ./
# The guides' source files, imported into an empty database on first start.
COPY content/ ./content/
# Writable by the app user: the SQLite file when run alone, the Data Protection keys (a volume in compose).
RUN mkdir -p /app/App_Data /app/keys && chown "$APP_UID" /app/App_Data /app/keys
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Content__Path=/app/content
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD curl --fail --silent --show-error --output /dev/null http://localhost:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "CareerPortal.Web.dll"]
