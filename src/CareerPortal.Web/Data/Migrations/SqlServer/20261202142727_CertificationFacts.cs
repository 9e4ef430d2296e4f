using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CareerPortal.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CertificationFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The JSON list columns (Eligibility, Figures) start as "[]" on existing rows: an empty
            // list, which is what their value converter reads back.
            migrationBuilder.AddColumn<DateOnly>(
                name: "AsOf",
                table: "Certifications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Audience",
                table: "Certifications",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Cost",
                table: "Certifications",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Eligibility",
                table: "Certifications",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Exam",
                table: "Certifications",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OfficialUrl",
                table: "Certifications",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Renewal",
                table: "Certifications",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceKeys",
                table: "Certifications",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Figures",
                table: "Careers",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "OccupationUrl",
                table: "Careers",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    IsOfficial = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SourceHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PublicId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Sources_Key",
                table: "Sources",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Sources_PublicId",
                table: "Sources",
                column: "PublicId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropColumn(
                name: "AsOf",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Cost",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Eligibility",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Exam",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "OfficialUrl",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Renewal",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "SourceKeys",
                table: "Certifications");

            migrationBuilder.DropColumn(
                name: "Figures",
                table: "Careers");

            migrationBuilder.DropColumn(
                name: "OccupationUrl",
                table: "Careers");
        }
    }
}
