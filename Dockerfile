# Multi-stage build of the service. Configure it by environment for an external PostgreSQL:
#   docker run -e ConnectionStrings__Assessments="Host=db;Port=5432;Username=app;Password=...;Database=capability_assessment" -p 8080:8080 capability-assessment
# The build needs Node.js and npm: the GraphQL explorer (src/CapabilityAssessment/Explorer) is bundled with npm.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /source
COPY Directory.Build.props Directory.Packages.props global.json ./
COPY src/CapabilityAssessment/CapabilityAssessment.csproj src/CapabilityAssessment/
RUN dotnet restore src/CapabilityAssessment/CapabilityAssessment.csproj
COPY src/ src/
RUN dotnet publish src/CapabilityAssessment/CapabilityAssessment.csproj -c Release -o /app --no-restore

# The PDF report prints with Debian's chromium: .NET 10's own images are Ubuntu, whose chromium package is only a
# snap stub that cannot run in a container. So the runtime stage is Debian with the ASP.NET Core runtime copied in.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS aspnet

FROM debian:trixie-slim AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends \
      ca-certificates curl libicu76 libssl3t64 libstdc++6 tzdata zlib1g chromium fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --uid 1654 --user-group --create-home --shell /usr/sbin/nologin app
COPY --from=aspnet /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
WORKDIR /app
COPY --from=build /app ./
COPY instruments/ ./instruments/
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Instruments__Path=/app/instruments \
    CHROMIUM_PATH=/usr/bin/chromium \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
# The unprivileged 'app' user (uid 1654, as in Microsoft's images).
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["dotnet", "CapabilityAssessment.dll"]
